# One task of Scripts/spark-batch's local-path route, run by Spark's pipe() (PipedRDD) as
#   sh -c "$(cat hetong_task.sh)" HETONG BATCH-ARGS...
# with the partition's paths on stdin (one a line, written by a JVM thread); its stdout lines are the
# task's records. HETONG is a path (--hetong-on-nodes) or the name of a file added with --files
# (SparkFiles), found in SparkFiles' folder: $HETONG_SPARK_FILES in local mode (the executor is the
# driver's JVM, whose SparkFiles folder is a temporary one), else the working folder, where an executor
# keeps its SparkFiles and where pipe() starts its processes.
# hetong --jobs 1 answers one record per path, in order. Its status 1 (a document failed: its record is
# written) is a success here. A hetong that dies (a signal, status > 1), or that wrote another number of
# records than it was sent paths, fails the task (status > 1), and Spark runs it again.
bin=$0
case $bin in
  */*) ;;
  *) bin=${HETONG_SPARK_FILES:-.}/$bin ;;
esac
counts=$(mktemp -d) || exit 3
trap 'rm -rf "$counts"' EXIT
cat >"$counts/paths"  # all the paths first (the JVM writes them at once): counted as sent, not as read
exec 4>&1
{ "$bin" "$@" <"$counts/paths" 4>&-; echo "$?" >"$counts/status"; } | tee /dev/fd/4 | wc -l >"$counts/records"
status=$(cat "$counts/status")
sent=$(($(wc -l <"$counts/paths")))
records=$(($(cat "$counts/records")))
[ "$status" -le 1 ] && [ "$records" -eq "$sent" ] && exit 0
echo "spark-batch: hetong exited with status $status after $records records for $sent documents" >&2
[ "$status" -gt 1 ] && exit "$status"
exit 3
