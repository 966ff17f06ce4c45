"""Driver side of Scripts/spark-batch (see its docstring): list, spread, run, de-duplicate, write."""
import os
import re
import shlex
import shutil
import subprocess
import sys
import time

from pyspark import SparkFiles, StorageLevel
from pyspark.sql import SparkSession

HERE = os.path.dirname(os.path.abspath(__file__))
DOCUMENT_EXTENSIONS = (".pdf", ".docx", ".txt")


def is_uri(path):
    return re.match(r"^[A-Za-z][A-Za-z0-9+.-]*://", path) is not None


def session(master, partitions, settings):
    builder = SparkSession.builder.appName("hetong spark-batch").master(local_with_retries(master))
    builder = builder.config("spark.ui.enabled", "false").config("spark.ui.showConsoleProgress", "false")
    builder = builder.config("spark.sql.shuffle.partitions", str(max(1, partitions)))
    if master.startswith("local"):
        # Local mode stays on loopback (SPARK_LOCAL_IP: before the JVM starts).
        os.environ.setdefault("SPARK_LOCAL_IP", "127.0.0.1")
        builder = builder.config("spark.driver.host", "127.0.0.1").config("spark.driver.bindAddress", "127.0.0.1")
        # The JVM only coordinates here (hetong does the work): the quick compiler and the serial
        # collector cost less CPU: 100 PDFs in local[2], 32.5 -> 22.3 CPU-s in all (hetong alone 8.7).
        builder = builder.config("spark.driver.extraJavaOptions", "-XX:TieredStopAtLevel=1 -XX:+UseSerialGC")
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
    local_documents = list_local(hetong, local) if local else []

    started = time.time()
    spark = session(args.master, args.partitions or 1, args.conf)
    session_seconds = time.time() - started
    sc = spark.sparkContext
    partitions = args.partitions or max(1, 4 * sc.defaultParallelism)
    spark.conf.set("spark.sql.shuffle.partitions", str(partitions))
    for module in ("hetong_partition.py", "hetong_columns.py"):
        sc.addPyFile(os.path.join(HERE, module))
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

    lines = sc.emptyRDD()
    if local_documents:
        lines = lines.union(sc.parallelize(local_documents, min(partitions, len(local_documents)))
                            .mapPartitions(partition_runner(framed=False)))
    remote_documents = list_hadoop(spark, remote) if remote else []
    if remote_documents:
        contents = sc.binaryFiles(",".join(hadoop_glob_escape(p) for p in remote_documents),
                                  min(partitions, len(remote_documents)))
        lines = lines.union(contents.mapPartitions(partition_runner(framed=True)))

    import hetong_columns
    rows = lines.map(hetong_columns.row)
    table = spark.createDataFrame(rows, hetong_columns.SCHEMA).dropDuplicates(["sha256", "path"])
    table.persist(StorageLevel.MEMORY_AND_DISK)
    ordered = table.orderBy("path")
    out = args.out.rstrip("/") or "/"
    ordered.select("record").write.mode("overwrite").text(out + "/jsonl")
    table.write.mode("overwrite").parquet(out + "/parquet")  # SQL engines need no order: no second sort
    summary = table.groupBy("status", "error_code").count().collect()
    documents = sum(r["count"] for r in summary)
    table.unpersist()
    spark.stop()

    if not is_uri(out):
        merge_parts(out + "/jsonl", out + "/contracts.jsonl")
    failed = {("%s" % r["error_code"]): r["count"] for r in summary if r["status"] != "ok"}
    print("spark-batch: %d documents (%d listed), %d ok, %d failed%s in %.1f s (Spark session start %.1f s, %d partitions);"
          " wrote %s/jsonl, %s/parquet%s"
          % (documents, len(local_documents) + len(remote_documents), documents - sum(failed.values()),
             sum(failed.values()), (" (" + ", ".join("%s %d" % kv for kv in sorted(failed.items())) + ")") if failed else "",
             time.time() - started, session_seconds, partitions, out, out, "" if is_uri(out) else ", %s/contracts.jsonl" % out), file=sys.stderr)
    if args.postgres:
        loaded = load_postgres(hetong, out, args)
        if loaded != 0:
            return loaded  # hetong load's status: 1 lines skipped, 3 the server could not be reached
    return 1 if failed else 0  # as hetong batch: 1 when a document failed (its record is written)


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
