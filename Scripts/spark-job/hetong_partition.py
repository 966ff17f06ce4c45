"""Executor side of Scripts/spark-batch: one long-lived `hetong batch - --jsonl -` per partition.

A partition's documents go to hetong's stdin (paths, one per line; or framed bytes: a line
`LENGTH NAME`, then the bytes) from a writer thread while its stdout is read, so records leave as
documents finish and memory stays flat. A document that fails is an error record (hetong exits 1,
which is fine); hetong itself dying (killed, out of memory) fails the task, and Spark runs it again.
"""
import json
import subprocess
import threading

from pyspark.accumulators import AccumulatorParam


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


def record_path(line):
    """The document path of a record line (every record has one, error records included)."""
    return json.loads(line)["document"]["path"]


def in_order(lines, paths):
    """The record lines of `paths` (a partition's documents, sorted), in that order and one per path.

    hetong --jobs 1 answers in the order it is asked, so records hardly wait here: memory stays flat.
    """
    position = {path: index for index, path in enumerate(paths)}
    waiting = {}
    following = 0
    for line in lines:
        index = position.get(record_path(line))
        if index is None:
            raise RuntimeError("hetong answered for a document it was not sent: %r" % record_path(line))
        if index < following or index in waiting:
            continue  # a repeat: one record per document
        waiting[index] = line
        while following in waiting:
            yield waiting.pop(following)
            following += 1


def sorted_once(pairs):
    """(path, line) pairs sorted by path -> the lines, one per path."""
    previous = None
    for path, line in pairs:
        if path != previous:
            yield line
        previous = path


class Tally(AccumulatorParam):
    """Records per (status, error code), summed over the tasks (an accumulator: once per task that succeeds)."""

    def zero(self, value):
        return {}

    def addInPlace(self, total, more):
        for key, count in more.items():
            total[key] = total.get(key, 0) + count
        return total


def tallied(lines, accumulator):
    counts = {}
    for line in lines:
        record = json.loads(line)
        key = (record.get("status"), (record.get("error") or {}).get("code"))
        counts[key] = counts.get(key, 0) + 1
        yield line
    accumulator.add(counts)
