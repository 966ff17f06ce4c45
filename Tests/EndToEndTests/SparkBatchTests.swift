import ContractModel
import Foundation
import Testing

/// `Scripts/spark-batch` (issue 17) in Spark's local mode, with the project's PySpark (.tools/spark)
/// and Java; skipped, with the reason, only where `Scripts/setup-spark` cannot install them.
@Suite(.serialized, .enabled(if: SparkTools.available, "Java or PySpark cannot be installed here (Scripts/setup-spark failed)"))
struct SparkBatchTests {
    static let options = "--ocr never --timeout 60"

    /// The whole Corpus through Spark on two cores: the records of `hetong batch Corpus`, byte for byte
    /// (hostile files' error records included), and the Parquet table holds the same documents.
    @Test func corpusGivesTheRecordsOfHetongBatch() throws {
        let directory = Fixtures.temporaryDirectory("spark")
        defer { try? FileManager.default.removeItem(atPath: directory) }
        let batch = try HetongBinary.run(["batch", HetongBinary.corpus, "--out", directory + "/batch", "--jobs", "2"]
                                         + Self.options.split(separator: " ").map(String.init))
        #expect(batch.status == 1, "the hostile files fail: \(batch.stderr)")
        let expected = try HetongBinary.lines(directory + "/batch/contracts.jsonl")

        let spark = try SparkTools.run([HetongBinary.corpus, "--out", directory + "/spark", "--master", "local[2]",
                                        "--partitions", "4", "--batch-args", Self.options])
        #expect(spark.status == 1, "exit 1 as hetong batch: some documents failed; stderr: \(spark.stderr.suffix(3000))")
        let lines = try HetongBinary.lines(directory + "/spark/contracts.jsonl")
        #expect(lines.count == expected.count)
        #expect(lines == expected, "byte-equal lines, in path order")
        let keys = Set(lines.map { Self.key($0) })
        #expect(keys.count == lines.count, "one record per (sha256, path)")

        // The Parquet table, read back by Spark: one row per record, the same fen total, the same failures.
        let totalFen = lines.compactMap { Self.record($0).contract?.totalAmount?.value.fen }.reduce(0, +)
        let failed = lines.filter { Self.record($0).status == .error }.count
        let query = try SparkTools.sql(directory + "/spark/parquet",
                                       "SELECT count(*), count(DISTINCT sha256, path), sum(total_amount_fen), count_if(status = 'error') FROM records")
        #expect(query == "\(lines.count) \(lines.count) \(totalFen) \(failed)", "\(query)")
    }

    /// hetong killed mid-partition (after its first record, in the first task that runs it): Spark runs the
    /// task again and the output still holds every document once, as `hetong batch` gives it. The kill is
    /// done by a stand-in for hetong given as --hetong (so it reaches the task through SparkFiles too).
    @Test func aKilledWorkerStillGivesOneRecordPerDocument() throws {
        let directory = Fixtures.temporaryDirectory("spark-kill")
        defer { try? FileManager.default.removeItem(atPath: directory) }
        let input = HetongBinary.corpus + "/quirks"
        let batch = try HetongBinary.run(["batch", input, "--out", directory + "/batch"] + Self.options.split(separator: " ").map(String.init))
        let expected = try HetongBinary.lines(directory + "/batch/contracts.jsonl")
        #expect(expected.count >= 6, "\(batch.stderr)")
        let killedOnce = try SparkTools.hetongKilledOnce(in: directory, afterRecords: 1)
        let spark = try SparkTools.run([input, "--out", directory + "/spark", "--master", "local[2]", "--partitions", "3",
                                        "--batch-args", Self.options], hetong: killedOnce)
        #expect(spark.status == batch.status, "\(spark.stderr.suffix(3000))")
        #expect(FileManager.default.fileExists(atPath: directory + "/killed"), "the stand-in killed hetong")
        #expect(spark.stderr.contains("hetong exited with status 137 after 1 records"), "the kill failed that task")
        let runs = try String(contentsOfFile: directory + "/runs", encoding: .utf8).split(separator: "\n").count
        #expect(runs == 4, "3 partitions, one of them run again: \(runs) runs of hetong batch")
        #expect(try HetongBinary.lines(directory + "/spark/contracts.jsonl") == expected)
    }

    /// Spark's local-cluster mode, a cluster on one machine (a master, workers, executors in JVMs of their own,
    /// each in a working folder under Spark's `work/`): the binary added with --files is fetched into the
    /// working folder of an executor that runs a task, and the piped task runs it from there, as on a real
    /// cluster (local mode names the driver's SparkFiles folder instead). The records are the batch's.
    @Test func aLocalClusterRunsTheBinaryFromAnExecutorsFolder() throws {
        let directory = Fixtures.temporaryDirectory("spark-cluster")
        defer { try? FileManager.default.removeItem(atPath: directory) }
        let input = HetongBinary.corpus + "/contracts"  // absolute: an executor's working folder is elsewhere
        let batch = try HetongBinary.run(["batch", input, "--out", directory + "/batch"] + Self.options.split(separator: " ").map(String.init))
        #expect(batch.status == 0, "\(batch.stderr)")
        let work = SparkTools.root + "/.tools/spark/pyspark/work"
        let earlier = Set((try? FileManager.default.contentsOfDirectory(atPath: work)) ?? [])
        let spark = try SparkTools.run([input, "--out", directory + "/spark", "--master", "local-cluster[2,1,1024]",
                                        "--batch-args", Self.options])
        let applications = Set((try? FileManager.default.contentsOfDirectory(atPath: work)) ?? []).subtracting(earlier)
        defer { for application in applications { try? FileManager.default.removeItem(atPath: work + "/" + application) } }
        #expect(spark.status == 0, "\(spark.stderr.suffix(3000))")
        #expect(try HetongBinary.lines(directory + "/spark/contracts.jsonl") == HetongBinary.lines(directory + "/batch/contracts.jsonl"))
        let binary = (HetongBinary.path as NSString).lastPathComponent
        let executors = applications.flatMap { application in
            ((try? FileManager.default.contentsOfDirectory(atPath: work + "/" + application)) ?? []).map { work + "/" + application + "/" + $0 }
        }
        #expect(applications.count == 1 && executors.count == 2, "\(applications) \(executors)")
        #expect(executors.contains { FileManager.default.isExecutableFile(atPath: $0 + "/" + binary) }, "\(executors)")
    }

    /// A Hadoop URI (file://): listed through the Hadoop FS API, read by binaryFiles and handed to hetong as
    /// framed bytes; the records are the batch's, named by their URI.
    @Test func aHadoopURIGoesThroughFramedBytes() throws {
        let directory = Fixtures.temporaryDirectory("spark-uri")
        defer { try? FileManager.default.removeItem(atPath: directory) }
        let input = HetongBinary.corpus + "/contracts"
        let batch = try HetongBinary.run(["batch", input, "--out", directory + "/batch"] + Self.options.split(separator: " ").map(String.init))
        #expect(batch.status == 0, "\(batch.stderr)")
        let expected = try HetongBinary.lines(directory + "/batch/contracts.jsonl")
        let spark = try SparkTools.run(["file://" + input, "--out", directory + "/spark", "--master", "local[2]", "--batch-args", Self.options])
        #expect(spark.status == 0, "\(spark.stderr.suffix(3000))")
        let renamed = try HetongBinary.lines(directory + "/spark/contracts.jsonl").map { line -> String in
            var record = Self.record(line)
            #expect(record.document.path.hasPrefix("file:/"), "\(record.document.path)")
            record.document.path = String(record.document.path.dropFirst("file:".count))
            return String(decoding: try HetongJSON.encoder().encode(record), as: UTF8.self)
        }
        #expect(renamed == expected, "the batch's records, in the same order")
    }

    /// `--postgres`: the records spark-batch wrote are loaded (`hetong load`) into the same tables a batch fills.
    @Test(.enabled(if: PostgresEndToEndTests.url != nil, "\(PostgresEndToEndTests.unavailable)"))
    func postgresReceivesTheRecords() throws {
        let url = try #require(PostgresEndToEndTests.url)
        let directory = Fixtures.temporaryDirectory("spark-postgres")
        defer { try? FileManager.default.removeItem(atPath: directory) }
        let schema = PostgresEndToEndTests.freshSchema()
        let spark = try SparkTools.run([HetongBinary.corpus + "/contracts", "--out", directory + "/spark", "--master", "local[2]",
                                        "--batch-args", Self.options, "--postgres", url, "--postgres-schema", schema])
        #expect(spark.status == 0, "\(spark.stderr.suffix(3000))")
        let lines = try HetongBinary.lines(directory + "/spark/contracts.jsonl")
        let totalFen = lines.compactMap { Self.record($0).contract?.totalAmount?.value.fen }.reduce(0, +)
        #expect(lines.count == Fixtures.corpusDocuments("contracts").count)
        #expect(try PostgresEndToEndTests.psql(url, schema: schema, "SELECT count(*), sum(total_amount_fen) FROM documents")
                == "\(lines.count)|\(totalFen)")
    }

    static func record(_ line: String) -> ContractRecord {
        (try? HetongJSON.decoder().decode(ContractRecord.self, from: Data(line.utf8)))
            ?? ContractRecord(status: .error, document: .init(path: "<undecodable>", sha256: ""))
    }

    static func key(_ line: String) -> String {
        let record = record(line)
        return record.document.sha256 + " " + record.document.path
    }
}

/// Runs Scripts/spark-batch and small Spark SQL queries with the project's Spark tools.
enum SparkTools {
    static let root = HetongBinary.packageRoot

    /// Installs Java and PySpark when missing (quietly; nothing when present); false when it cannot.
    static let available: Bool = {
        (try? command(["/usr/bin/env", "bash", root + "/Scripts/setup-spark"]).status) == 0
    }()

    static func run(_ arguments: [String], hetong: String = HetongBinary.path,
                    environment: [String: String] = [:]) throws -> HetongBinary.Result {
        try command([root + "/Scripts/spark-batch"] + arguments + ["--hetong", hetong], environment: environment)
    }

    /// A stand-in for hetong (a script in `directory`): `hetong batch` runs the real one, whose first run
    /// (`directory/killed` made) is killed after `afterRecords` records, as a lost worker would be; every
    /// batch run adds a line to `directory/runs`. Other commands (`list`) run the real hetong.
    static func hetongKilledOnce(in directory: String, afterRecords: Int) throws -> String {
        let script = """
            #!/bin/sh
            real='\(HetongBinary.path)'
            [ "$1" = batch ] || exec "$real" "$@"
            echo "$$" >>'\(directory)/runs'
            mkdir '\(directory)/killed' 2>/dev/null || exec "$real" "$@"
            records='\(directory)/killed/records'
            mkfifo "$records"
            exec 3<&0
            "$real" "$@" <&3 >"$records" 3<&- &
            exec 5<"$records"
            for _ in $(seq \(afterRecords)); do IFS= read -r record <&5 && printf '%s\\n' "$record"; done
            kill -KILL $!
            wait $!
            """
        let path = directory + "/hetong-killed-once"
        try Data(script.utf8).write(to: URL(fileURLWithPath: path))
        try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: path)
        return path
    }

    /// One line: the first row of `sql` over the Parquet folder (as table `records`), fields joined by spaces.
    static func sql(_ parquet: String, _ sql: String) throws -> String {
        let script = """
            import sys
            sys.path.insert(0, sys.argv[1])
            from pyspark.sql import SparkSession
            spark = (SparkSession.builder.master("local[1]").config("spark.ui.enabled", "false")
                     .config("spark.driver.host", "127.0.0.1").config("spark.driver.bindAddress", "127.0.0.1").getOrCreate())
            spark.sparkContext.setLogLevel("ERROR")
            spark.read.parquet(sys.argv[2]).createOrReplaceTempView("records")
            print(" ".join(str(v) for v in spark.sql(sys.argv[3]).first()))
            spark.stop()
            """
        let result = try command(["/usr/bin/env", "python3", "-c", script, root + "/.tools/spark", parquet, sql])
        return result.text.split(separator: "\n").last.map(String.init) ?? "(no output) \(result.stderr.suffix(2000))"
    }

    static func command(_ arguments: [String], environment: [String: String] = [:]) throws -> HetongBinary.Result {
        try HetongBinary.start(Array(arguments.dropFirst()), environment: environment, executable: arguments[0]).wait()
    }
}
