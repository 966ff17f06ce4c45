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

from pyspark import SparkFiles
from pyspark.sql import SparkSession

HERE = os.path.dirname(os.path.abspath(__file__))
DOCUMENT_EXTENSIONS = (".pdf", ".docx", ".txt")
# The classes the driver JVM loads, archived once by Scripts/setup-spark (AppCDS, warm_up below):
# a session starts in about half the CPU.
CLASS_ARCHIVE = os.path.join(os.path.dirname(os.path.dirname(HERE)), ".tools", "spark", "hetong-spark.jsa")


def is_uri(path):
    return re.match(r"^[A-Za-z][A-Za-z0-9+.-]*://", path) is not None


def session(master, settings, archive_at_exit=None):
    builder = SparkSession.builder.appName("hetong spark-batch").master(local_with_retries(master))
    builder = builder.config("spark.ui.enabled", "false").config("spark.ui.showConsoleProgress", "false")
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
        builder = builder.config("spark.driver.host", "127.0.0.1").config("spark.driver.bindAddress", "127.0.0.1")
        # The JVM only coordinates here (hetong does the work): the quick compiler and the serial
        # collector cost less CPU: 100 PDFs in local[2], 32.5 -> 22.3 CPU-s in all (hetong alone 8.7).
        java += ["-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC"]
    builder = builder.config("spark.driver.extraJavaOptions", " ".join(java))
    for setting in settings:  # --conf last: it wins
        key, _, value = setting.partition("=")
        builder = builder.config(key, value)
    spark = builder.getOrCreate()
    spark.sparkContext.setLogLevel(os.environ.get("HETONG_SPARK_LOG_LEVEL", "WARN"))
    return spark


def local_with_retries(master):
    """local[N] runs each task once; local[N,4] retries a failed task as a cluster does (spark.task.maxFailures)."""
    match = re.match(r"^local(?:\[(\*|\d+)\])?$", master)
    return "local[%s,4]" % (match.group(1) or "1") if match else master


def list_local(hetong, inputs):
    """Exactly the documents `hetong batch INPUT...` reads (its own discovery)."""
    listed = subprocess.run([hetong, "list", "--null"] + inputs, check=True, stdout=subprocess.PIPE).stdout
    return [p for p in listed.decode("utf-8").split("\0") if p]


def list_hadoop(spark, uris):
    """Files under Hadoop URIs through the Hadoop FS API: folders recursively, hidden (. and _) entries
    skipped, documents by extension; a URI naming a file is always listed."""
    jvm = spark.sparkContext._jvm
    conf = spark.sparkContext._jsc.hadoopConfiguration()
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

    started = time.time()
    spark = session(args.master, args.conf)
    timings = [("Spark session start", time.time() - started)]
    sc = spark.sparkContext
    partitions = args.partitions or max(1, 4 * sc.defaultParallelism)
    ship_modules(sc)
    if not args.hetong_on_nodes:
        sc.addFile(hetong)
    binary_name = os.path.basename(hetong)
    on_nodes = args.hetong_on_nodes
    batch = ["batch", "-", "--jsonl", "-", "--jobs", "1", "--progress", "none"] + shlex.split(args.batch_args)
    kill_after = int(os.environ["HETONG_SPARK_TEST_KILL_AFTER"]) if os.environ.get("HETONG_SPARK_TEST_KILL_AFTER") else None

    def partition_runner(framed):
        def run_partition(items):
            import hetong_partition
            from pyspark import TaskContext
            binary = hetong if on_nodes else SparkFiles.get(binary_name)
            command = [binary] + batch + (["--stdin-format", "framed"] if framed else [])
            first_attempt = TaskContext.get() is None or TaskContext.get().attemptNumber() == 0
            return hetong_partition.records(items, command, framed, kill_after if first_attempt else None)
        return run_partition

    def run_in_order(items):
        import hetong_partition
        paths = list(items)
        return hetong_partition.in_order(partition_runner(framed=False)(paths), paths)

    remote_documents = list_hadoop(spark, remote) if remote else []
    if remote_documents:
        lines = in_path_order(sc, local_documents, remote_documents, partition_runner, partitions)
    else:
        # parallelize cuts the sorted list into contiguous ranges and each partition answers in its
        # order: the partitions in order are the records in path order, with no shuffle.
        lines = sc.parallelize(local_documents, max(1, min(partitions, len(local_documents)))).mapPartitions(run_in_order)
    out = args.out.rstrip("/") or "/"
    summary = write(spark, lines, out, timings, warm=args.master.startswith("local"))
    documents = sum(summary.values())
    spark.stop()

    if not is_uri(out):
        merge_parts(out + "/jsonl", out + "/contracts.jsonl")
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


def ship_modules(sc):
    for module in ("hetong_partition.py", "hetong_columns.py"):
        sc.addPyFile(os.path.join(HERE, module))


def write(spark, lines, out, timings, warm=False):
    """The record lines as DIR/jsonl (part files in order) and DIR/parquet; returns the records per
    (status, error code). hetong runs in the first job only; the second reads the part files.
    warm (local mode): Spark SQL's first Parquet write costs about 2 CPU-s however small (classes,
    compiled code); a throwaway one while hetong works leaves about 0.4 s to the real one (was 1.5)."""
    import hetong_columns
    import hetong_partition
    tally = spark.sparkContext.accumulator({}, hetong_partition.Tally())
    clear(spark, out + "/jsonl")
    started = time.time()
    warming = threading.Thread(target=throwaway_parquet, args=(spark,), daemon=True)
    if warm:
        warming.start()
    lines.mapPartitions(lambda part: hetong_partition.tallied(part, tally)).saveAsTextFile(out + "/jsonl")
    if warm:
        warming.join()
    timings.append(("records and JSON lines", time.time() - started))
    started = time.time()
    hetong_columns.table(spark, out + "/jsonl").write.mode("overwrite").parquet(out + "/parquet")
    timings.append(("Parquet", time.time() - started))
    return tally.value


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
    """The records of local paths and URIs (binaryFiles, in no order) in path order: one shuffle into
    ranges of the listing, each sorted, one record per path."""
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


def clear(spark, folder):
    """Removes `folder` (any Hadoop URI) if it is there: saveAsTextFile writes only a new folder."""
    jvm = spark.sparkContext._jvm
    path = jvm.org.apache.hadoop.fs.Path(folder)
    path.getFileSystem(spark.sparkContext._jsc.hadoopConfiguration()).delete(path, True)


def warm_up(archive=CLASS_ARCHIVE):
    """Scripts/setup-spark: write() on two made-up records in a session whose JVM archives the classes it
    loaded (AppCDS) when it exits; later sessions map them from `archive`."""
    from pyspark import SparkContext
    folder = tempfile.mkdtemp(prefix="hetong-spark-warm-up-")
    try:
        spark = session("local[2]", [], archive_at_exit=archive + ".tmp")
        ship_modules(spark.sparkContext)
        write(spark, spark.sparkContext.parallelize(made_up_records(), 2), folder, [])
        spark.stop()
        gateway = SparkContext._gateway.proc  # the JVM writes the archive as it exits: at the end of its stdin
        gateway.stdin.close()
        gateway.wait(timeout=300)
    finally:
        shutil.rmtree(folder, ignore_errors=True)
    os.replace(archive + ".tmp", archive)


def merge_parts(folder, target):
    """The part files, in order, as one file: hetong batch's contracts.jsonl for the same documents."""
    parts = sorted(name for name in os.listdir(folder) if name.startswith("part-"))
    with open(target + ".tmp", "wb") as merged:
        for name in parts:
            with open(os.path.join(folder, name), "rb") as part:
                shutil.copyfileobj(part, merged)
    os.replace(target + ".tmp", target)


def load_postgres(hetong, out, args):
    if is_uri(out):
        print("spark-batch: --postgres loads from a local --out only", file=sys.stderr)
        return 2
    command = [hetong, "load", out + "/contracts.jsonl", "--postgres", args.postgres]
    if args.postgres_schema:
        command += ["--postgres-schema", args.postgres_schema]
    return subprocess.run(command).returncode
