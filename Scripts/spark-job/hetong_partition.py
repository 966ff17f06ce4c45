"""Executor side of Scripts/spark-batch: one long-lived `hetong batch - --jsonl -` per partition.

A partition's documents go to hetong's stdin (paths, one per line; or framed bytes: a line
`LENGTH NAME`, then the bytes) from a writer thread while its stdout is read, so records leave as
documents finish and memory stays flat. A document that fails is an error record (hetong exits 1,
which is fine); hetong itself dying (killed, out of memory) fails the task, and Spark runs it again.
"""
import subprocess
import threading


def frame_header(name, length):
    escaped = name.replace("\\", "\\\\").replace("\n", "\\n")
    return ("%d %s\n" % (length, escaped)).encode("utf-8")


def records(items, command, framed, kill_after=None):
    """Yields each record line (str, no newline) of `items`: paths (str), or (name, bytes) when framed.

    kill_after (tests only): kill hetong after that many records, as a lost worker would be.
    """
    process = subprocess.Popen(command, stdin=subprocess.PIPE, stdout=subprocess.PIPE)
    sent = [0]

    def feed():
        try:
            for item in items:
                if framed:
                    name, content = item
                    process.stdin.write(frame_header(name, len(content)))
                    process.stdin.write(content)
                else:
                    if "\n" in item:
                        raise ValueError("a path with a newline cannot be streamed by path: %r" % item)
                    process.stdin.write(item.encode("utf-8") + b"\n")
                sent[0] += 1
            process.stdin.close()
        except (BrokenPipeError, OSError):
            pass  # hetong is gone: the count check below fails the task

    writer = threading.Thread(target=feed, daemon=True)
    writer.start()
    received = 0
    try:
        for line in process.stdout:
            received += 1
            yield line.rstrip(b"\n").decode("utf-8")
            if kill_after is not None and received == kill_after:
                process.kill()
    finally:
        status = process.wait()
        writer.join()
    if status not in (0, 1) or writer.is_alive() or received != sent[0]:
        raise RuntimeError("hetong exited with status %d after %d records for %d documents sent"
                           % (status, received, sent[0]))
