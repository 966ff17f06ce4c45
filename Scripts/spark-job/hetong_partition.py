"""Python worker side of Scripts/spark-batch, for inputs with Hadoop URIs: one long-lived
`hetong batch - --jsonl -` per partition. (Local paths alone need no Python worker: hetong_task.sh.)

A partition's documents go to hetong's stdin (paths, one per line; or framed bytes: a line
`LENGTH NAME`, then the bytes) from a writer thread while its stdout is read, so records leave as
documents finish and memory stays flat. A document that fails is an error record (hetong exits 1,
which is fine); hetong itself dying (killed, out of memory) fails the task, and Spark runs it again.
"""
import json
import subprocess
import threading


def frame_header(name, length):
    escaped = name.replace("\\", "\\\\").replace("\n", "\\n")
    return ("%d %s\n" % (length, escaped)).encode("utf-8")


def records(items, command, framed):
    """Yields each record line (str, no newline) of `items`: paths (str), or (name, bytes) when framed."""
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
    finally:
        status = process.wait()
        writer.join()
    if status not in (0, 1) or writer.is_alive() or received != sent[0]:
        raise RuntimeError("hetong exited with status %d after %d records for %d documents sent"
                           % (status, received, sent[0]))


def record_path(line):
    """The document path of a record line (every record has one, error records included)."""
    return json.loads(line)["document"]["path"]


def sorted_once(pairs):
    """(path, line) pairs sorted by path -> the lines, one per path."""
    previous = None
    for path, line in pairs:
        if path != previous:
            yield line
        previous = path
