"""Driver side of Scripts/spark-batch (see its docstring): list, spread, run, write."""
import bisect
import json
import os
import re
import shlex
import shutil
import subprocess
import sys
import tempfile
import threading
import time

from pyspark import SparkConf, SparkContext, SparkFiles
from pyspark.sql import SparkSession

HERE = os.path.dirname(os.path.abspath(__file__))
DOCUMENT_EXTENSIONS = (".pdf", ".docx", ".txt")
# The classes the driver JVM loads, archived once by Scripts/setup-spark (AppCDS, warm_up below):
# a session starts in about half the CPU.
CLASS_ARCHIVE = os.path.join(os.path.dirname(os.path.dirname(HERE)), ".tools", "spark", "hetong-spark.jsa")


def is_uri(path):
    return re.match(r"^[A-Za-z][A-Za-z0-9+.-]*://", path) is not None


def context(master, settings, archive_at_exit=None):
    """The SparkContext of a run. Its SparkSession (Spark SQL: only for Parquet and a URI's summary; about
    1 s of the JVM's work) is built while hetong works (write), not before the records' job."""
    conf = SparkConf().setAppName("hetong spark-batch").setMaster(local_with_retries(master))
    conf.set("spark.ui.enabled", "false").set("spark.ui.showConsoleProgress", "false")
    # The class archive spares loading Spark's classes: a session writing 500 records as JSON lines and
    # Parquet, driver JVM 10.5 -> 5.2 CPU-s, session start 4.2 -> 1.9 s.
    java = ["-XX:+IgnoreUnrecognizedVMOptions", "-Xlog:cds=off", "-Xlog:cds+dynamic=off"]
    if archive_at_exit:
        java.append("-XX:ArchiveClassesAtExit=" + archive_at_exit)
    elif os.path.exists(CLASS_ARCHIVE):
        java.append("-XX:SharedArchiveFile=" + CLASS_ARCHIVE)
    if master.startswith("local"):
        # Local mode stays on loopback (SPARK_LOCAL_IP: before the JVM starts).
        os.environ.setdefault("SPARK_LOCAL_IP", "127.0.0.1")
        conf.set("spark.driver.host", "127.0.0.1").set("spark.driver.bindAddress", "127.0.0.1")
        # The JVM only coordinates here (hetong does the work): the quick compiler and the serial
        # collector cost less CPU: 100 PDFs in local[2], 32.5 -> 22.3 CPU-s in all (hetong alone 8.7).
        java += ["-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC"]
    conf.set("spark.driver.extraJavaOptions", " ".join(java))
    for setting in settings:  # --conf last: it wins (Spark SQL settings too: a session takes them from here)
        key, _, value = setting.partition("=")
        conf.set(key, value)
    sc = SparkContext.getOrCreate(conf)
    sc.setLogLevel(os.environ.get("HETONG_SPARK_LOG_LEVEL", "WARN"))
    return sc


def sql_session():
    """The SparkSession of the running SparkContext (Spark SQL)."""
    return SparkSession.builder.getOrCreate()


def stop(spark):
    """Stops Spark (a SparkSession or SparkContext). PySpark's stop() ends by waiting for its accumulator
    server's loop to poll again (every 0.5 s: 0.23-0.31 s measured, the JVM's stop 0.05 s; no accumulator
    is used here): that server is shut down in a daemon thread instead, not waited for."""
    sc = SparkContext._active_spark_context
    server = getattr(sc, "_accumulatorServer", None)
    if server is not None:
        sc._accumulatorServer = None
    spark.stop()
    if server is not None:
        threading.Thread(target=server.shutdown, daemon=True).start()


def local_with_retries(master):
    """local[N] runs each task once; local[N,4] retries a failed task as a cluster does (spark.task.maxFailures)."""
    match = re.match(r"^local(?:\[(\*|\d+)\])?$", master)
    return "local[%s,4]" % (match.group(1) or "1") if match else master


def list_local(hetong, inputs):
    """Exactly the documents `hetong batch INPUT...` reads (its own discovery)."""
    listed = subprocess.run([hetong, "list", "--null"] + inputs, check=True, stdout=subprocess.PIPE).stdout
    return [p for p in listed.decode("utf-8").split("\0") if p]


def list_hadoop(sc, uris):
    """Files under Hadoop URIs through the Hadoop FS API: folders recursively, hidden (. and _) entries
    skipped, documents by extension; a URI naming a file is always listed."""
    jvm = sc._jvm
    conf = sc._jsc.hadoopConfiguration()
    found = []
    for uri in uris:
        path = jvm.org.apache.hadoop.fs.Path(uri)
        fs = path.getFileSystem(conf)
        if fs.getFileStatus(path).isFile():
            found.append(str(fs.makeQualified(path)))
            continue
        files = fs.listFiles(path, True)
        root = str(fs.makeQualified(path)).rstrip("/")
        while files.hasNext():
            name = str(files.next().getPath())
            relative = name[len(root):].lstrip("/")
            if any(part.startswith((".", "_")) for part in relative.split("/")):
                continue
            if name.lower().endswith(DOCUMENT_EXTENSIONS):
                found.append(name)
    return sorted(set(found))


def hadoop_glob_escape(path):
    return re.sub(r"([\\{}\[\]*?,])", r"\\\1", path)


def run(args):
    hetong = os.path.abspath(args.hetong)
    if not os.access(hetong, os.X_OK):
        print("spark-batch: no hetong binary at %s (Scripts/build-release --product hetong, or --hetong PATH)" % hetong,
              file=sys.stderr)
        return 2
    remote = [i for i in args.inputs if is_uri(i)]
    local = [i for i in args.inputs if not is_uri(i)]
    local_documents = sorted(set(list_local(hetong, local))) if local else []
    unstreamable = [p for p in local_documents if "\n" in p]
    if unstreamable:
        print("spark-batch: a path with a newline cannot be sent to hetong by path: %r" % unstreamable[0], file=sys.stderr)
        return 2

    started = time.time()
    sc = context(args.master, args.conf)
    timings = [("Spark context start", time.time() - started)]
    partitions = args.partitions or max(1, 4 * sc.defaultParallelism)
    if not args.hetong_on_nodes:
        sc.addFile(hetong)
    binary = hetong if args.hetong_on_nodes else os.path.basename(hetong)
    batch = ["batch", "-", "--jsonl", "-", "--jobs", "1", "--progress", "none"] + shlex.split(args.batch_args)

    remote_documents = list_hadoop(sc, remote) if remote else []
    if remote_documents:
        sc.addPyFile(os.path.join(HERE, "hetong_partition.py"))
        lines = in_path_order(sc, local_documents, remote_documents, partition_runner(binary, batch), partitions)
    else:
        lines = piped(sc, local_documents, min(partitions, len(local_documents)), [binary] + batch)
    out = args.out.rstrip("/") or "/"
    spark = write(sc, lines, out, timings, warm=args.master.startswith("local"))
    summary = None if not is_uri(out) else summarize_parquet(spark, out + "/parquet")
    stop(spark)

    if summary is None:
        summary = merge_parts(out + "/jsonl", out + "/contracts.jsonl")
    documents = sum(summary.values())
    failed = {}
    for (status, code), count in summary.items():
        if status != "ok":
            failed["%s" % code] = failed.get("%s" % code, 0) + count
    print("spark-batch: %d documents (%d listed), %d ok, %d failed%s in %.1f s (%s; %d partitions);"
          " wrote %s/jsonl, %s/parquet%s"
          % (documents, len(local_documents) + len(remote_documents), documents - sum(failed.values()),
             sum(failed.values()), (" (" + ", ".join("%s %d" % kv for kv in sorted(failed.items())) + ")") if failed else "",
             time.time() - started, ", ".join("%s %.1f s" % t for t in timings), partitions, out, out, "" if is_uri(out) else ", %s/contracts.jsonl" % out), file=sys.stderr)
    if args.postgres:
        loaded = load_postgres(hetong, out, args)
        if loaded != 0:
            return loaded  # hetong load's status: 1 lines skipped, 3 the server could not be reached
    return 1 if failed else 0  # as hetong batch: 1 when a document failed (its record is written)


def piped(sc, paths, partitions, command):
    """The records of local `paths` (sorted), in that order, with no Python worker: a JVM RDD of the paths cut
    into `partitions` contiguous ranges, each piped through one `hetong batch -` (hetong_task.sh, run by
    Spark's PipedRDD). The partitions in order are the records in path order: no shuffle."""
    jvm = sc._jvm
    listing = jvm.java.util.ArrayList()
    if paths:  # one string through py4j, split in the JVM (a Python list crosses one element per call)
        lines = jvm.java.util.regex.Pattern.compile("\n").splitAsStream("\n".join(paths))
        listing = lines.collect(jvm.java.util.stream.Collectors.toList())
    with open(os.path.join(HERE, "hetong_task.sh")) as script:
        task = ["sh", "-c", script.read()] + command
    # SparkFiles' folder: an executor's working folder, or in local mode (the executor is this JVM) the
    # driver's temporary one, named here.
    environment = {"HETONG_SPARK_FILES": SparkFiles.getRootDirectory()} if sc._jsc.isLocal() else {}
    return sc._jsc.parallelize(listing, max(1, partitions)).pipe(task, environment, False, 8192, "UTF-8")


def partition_runner(binary, batch):
    """The Python worker's function for a partition of paths, or (name, bytes) pairs when framed (URI route)."""
    def runner(framed):
        def run_partition(items):
            import hetong_partition
            path = binary if os.path.isabs(binary) else SparkFiles.get(binary)
            command = [path] + batch + (["--stdin-format", "framed"] if framed else [])
            return hetong_partition.records(items, command, framed)
        return run_partition
    return runner


def write(sc, lines, out, timings, warm=False):
    """The record lines (a JVM or a Python RDD of strings) as DIR/jsonl (part files in order) and
    DIR/parquet; returns the SparkSession, built while the records' job runs. hetong runs in the first job
    only; the second reads the part files.
    warm (local mode): Spark SQL's first Parquet write costs about 2 CPU-s however small (classes,
    compiled code); a throwaway one while hetong works (its tasks wait for a free slot: they run beside
    the last hetong) leaves about 0.4 s to the real one (1.3-1.9 s without).
    500 PDFs, local[2], quiet machine, wall clock (median of n runs): session built before the job and no
    throwaway 22.2 s (3); session built here 21.8 s (8); session before and throwaway 21.7 s (5); both,
    as here, 21.7 s (8): either takes Spark SQL's start off the path, together no more than one."""
    import hetong_columns
    clear(sc, out + "/jsonl")
    started = time.time()
    sessions = []

    def prepare():
        sessions.append(sql_session())
        if warm:
            throwaway_parquet(sessions[0])

    preparing = threading.Thread(target=prepare, daemon=True)
    preparing.start()
    lines.saveAsTextFile(out + "/jsonl")
    preparing.join()
    timings.append(("records and JSON lines", time.time() - started))
    started = time.time()
    spark = sessions[0] if sessions else sql_session()  # (it failed in the thread: again here, to raise)
    hetong_columns.table(spark, out + "/jsonl").write.mode("overwrite").parquet(out + "/parquet")
    timings.append(("Parquet", time.time() - started))
    return spark


def made_up_records():
    return [json.dumps({"status": status, "error": error, "findings": [{"severity": "warning"}],
                        "document": {"path": "%s.pdf" % status, "sha256": "0", "pages": 1, "warnings": []},
                        "contract": {"total_amount": {"value": "1.00"}, "installments": []}})
            for status, error in (("ok", None), ("error", {"code": "corrupt", "message": "m"}))]


def throwaway_parquet(spark):
    """The Parquet table of made-up records, in a temporary folder (local: the executors share it)."""
    import hetong_columns
    folder = tempfile.mkdtemp(prefix="hetong-spark-warm-")
    try:
        os.mkdir(folder + "/jsonl")
        with open(folder + "/jsonl/part-00000", "w") as part:
            part.write("".join(record + "\n" for record in made_up_records()))
        hetong_columns.table(spark, folder + "/jsonl").write.parquet(folder + "/parquet")
    except Exception:  # noqa: BLE001  (only a warm-up: the real write says what is wrong)
        pass
    finally:
        shutil.rmtree(folder, ignore_errors=True)


def in_path_order(sc, local_documents, remote_documents, partition_runner, partitions):
    """The records of local paths and URIs (binaryFiles, in no order) in path order, through Python workers
    (hetong_partition.records): one shuffle into ranges of the listing, each sorted, one record per path."""
    import hetong_partition
    lines = sc.emptyRDD()
    if local_documents:
        lines = lines.union(sc.parallelize(local_documents, min(partitions, len(local_documents)))
                            .mapPartitions(partition_runner(framed=False)))
    contents = sc.binaryFiles(",".join(hadoop_glob_escape(p) for p in remote_documents),
                              min(partitions, len(remote_documents)))
    lines = lines.union(contents.mapPartitions(partition_runner(framed=True)))
    names = sorted(local_documents + remote_documents)
    bounds = [names[len(names) * i // partitions] for i in range(1, partitions)]
    pairs = lines.map(lambda line: (hetong_partition.record_path(line), line))
    ranges = pairs.repartitionAndSortWithinPartitions(partitions, lambda path: bisect.bisect_right(bounds, path))
    return ranges.mapPartitions(hetong_partition.sorted_once)


def clear(sc, folder):
    """Removes `folder` (any Hadoop URI) if it is there: saveAsTextFile writes only a new folder."""
    path = sc._jvm.org.apache.hadoop.fs.Path(folder)
    path.getFileSystem(sc._jsc.hadoopConfiguration()).delete(path, True)


def warm_up(archive=CLASS_ARCHIVE):
    """Scripts/setup-spark: what run() does for local paths, on two made-up records, in a session whose JVM
    archives the classes it loaded (AppCDS) when it exits; later sessions map them from `archive`. The
    records are piped through cat in hetong's place (piped(): the task script, PipedRDD), written by
    write() (JSON lines, Parquet, the throwaway Parquet while they run), with a file added as the binary is."""
    folder = tempfile.mkdtemp(prefix="hetong-spark-warm-up-")
    try:
        sc = context("local[2]", [], archive_at_exit=archive + ".tmp")
        with open(folder + "/stand-in", "w") as stand_in:
            stand_in.write("#!/bin/sh\n")
        sc.addFile(folder + "/stand-in")
        spark = write(sc, piped(sc, made_up_records(), 2, ["/bin/cat"]), folder + "/out", [], warm=True)
        merge_parts(folder + "/out/jsonl", folder + "/out/contracts.jsonl")
        stop(spark)
        gateway = SparkContext._gateway.proc  # the JVM writes the archive as it exits: at the end of its stdin
        gateway.stdin.close()
        gateway.wait(timeout=300)
    finally:
        shutil.rmtree(folder, ignore_errors=True)
    os.replace(archive + ".tmp", archive)


def merge_parts(folder, target):
    """The part files, in order, as one file (hetong batch's contracts.jsonl for the same documents);
    returns the records per (status, error code) of its lines."""
    parts = sorted(name for name in os.listdir(folder) if name.startswith("part-"))
    summary = {}
    with open(target + ".tmp", "wb") as merged:
        for name in parts:
            with open(os.path.join(folder, name), "rb") as part:
                for line in part:
                    merged.write(line)
                    key = record_outcome(line)
                    summary[key] = summary.get(key, 0) + 1
    os.replace(target + ".tmp", target)
    return summary


# A record's keys are written sorted and `status` is the last at the top level: a line ending so is an ok
# record, told without parsing it (an error record, or any other line, is parsed).
OK_RECORD_END = b'"status":"ok"}'


def record_outcome(line):
    """(status, error code) of one record line (bytes)."""
    if line.rstrip(b"\n").endswith(OK_RECORD_END):
        return ("ok", None)
    record = json.loads(line)
    return (record.get("status"), (record.get("error") or {}).get("code"))


def summarize_parquet(spark, folder):
    """The records per (status, error code) of the Parquet table (a URI --out: no contracts.jsonl here)."""
    rows = spark.read.parquet(folder).groupBy("status", "error_code").count().collect()
    return {(row["status"], row["error_code"]): row["count"] for row in rows}


def load_postgres(hetong, out, args):
    if is_uri(out):
        print("spark-batch: --postgres loads from a local --out only", file=sys.stderr)
        return 2
    command = [hetong, "load", out + "/contracts.jsonl", "--postgres", args.postgres]
    if args.postgres_schema:
        command += ["--postgres-schema", args.postgres_schema]
    return subprocess.run(command).returncode
