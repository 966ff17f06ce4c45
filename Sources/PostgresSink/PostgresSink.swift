import ContractModel
import Pipeline

/// `--postgres URL`: the record tables of `RecordSQLSchema` in a PostgreSQL schema (`--postgres-schema`,
/// default `hetong`), created on first use and checked on every later one (table `hetong_meta`); a
/// field added to the record since a schema was made adds its columns there (earlier rows NULL).
///
/// Each document is one transaction that takes an advisory lock on its key, deletes the row the key
/// already has (its child rows go with it) and inserts the new ones, so re-running, resuming or
/// loading the same records again never duplicates a row, and two loaders of one document wait for
/// each other. A document's key is its sha256 at the record's schema version (its path when the
/// file could not be hashed). Documents are sent 32 at a time in one round trip (statements with
/// literals escaped by `PostgresLiteral`), each still its own BEGIN…COMMIT.
public final class PostgresSink: RecordSink {
    public let name: String
    private let connection: PostgresConnection
    private var pending = ""
    private var pendingDocuments = 0

    public static let defaultSchema = "hetong"

    public init(url: String, schema: String = PostgresSink.defaultSchema) throws {
        name = "postgres:" + schema
        connection = try PostgresConnection(url: url)
        let quotedSchema = RecordSQLSchema.quoted(schema)
        let lock = "SELECT pg_advisory_xact_lock(hashtext(\(PostgresLiteral.text("hetong layout " + schema))))"
        try connection.execute("""
            BEGIN; \(lock); CREATE SCHEMA IF NOT EXISTS \(quotedSchema); SET LOCAL search_path TO \(quotedSchema);
            CREATE TABLE IF NOT EXISTS hetong_meta (key TEXT PRIMARY KEY, value TEXT NOT NULL); COMMIT
            """)
        try connection.execute("SET search_path TO \(quotedSchema)")
        let found = try connection.query("SELECT value FROM hetong_meta WHERE key = 'layout_version'").first?.first ?? nil
        if let found {
            guard found == String(RecordSQLSchema.layoutVersion) else {
                throw SinkError(sink: "postgres", message: "PostgreSQL schema \(schema) holds hetong tables of layout version \(found); "
                                + "this hetong writes version \(RecordSQLSchema.layoutVersion): load into another --postgres-schema")
            }
        }
        // Tables and columns the record description has and the schema lacks (all of them the first
        // time; a field added to the record since, for a schema an older hetong made).
        let rows = try connection.query("SELECT table_name, column_name FROM information_schema.columns WHERE table_schema = "
                                        + PostgresLiteral.text(schema))
        var existing: [String: Set<String>] = [:]
        for row in rows { if let table = row[0], let column = row[1] { existing[table, default: []].insert(column) } }
        let tablesMissing = RecordSQLSchema.generatedColumns.contains { existing[$0.table] == nil }
        let columnsMissing = RecordSQLSchema.addMissingColumns(.postgres, existing: existing)
        if found == nil || tablesMissing || !columnsMissing.isEmpty {
            try connection.execute("BEGIN; \(lock); " + RecordSQLSchema.statements(.postgres).joined(separator: ";\n") + ";\n"
                                   + columnsMissing.map { $0.replacingOccurrences(of: "ADD COLUMN", with: "ADD COLUMN IF NOT EXISTS") + ";\n" }.joined()
                                   + "INSERT INTO hetong_meta VALUES ('layout_version', '\(RecordSQLSchema.layoutVersion)') "
                                   + "ON CONFLICT (key) DO NOTHING; COMMIT")
        }
    }

    public func write(_ record: ContractRecord, text: DocumentText?) throws {
        try write(record, json: RecordJSONWriter.encode(record), text: text)
    }

    public func write(_ record: ContractRecord, json: [UInt8], text: DocumentText?) throws {
        Self.appendDocument(record, json: json, to: &pending)
        pendingDocuments += 1
        if pendingDocuments >= 32 || pending.utf8.count >= 8 << 20 { try flush() }
    }

    public func finish() throws { try flush() }

    private func flush() throws {
        guard pendingDocuments > 0 else { return }
        let sql = pending
        pending = ""
        pendingDocuments = 0
        try connection.execute(sql)
    }

    private static let documentColumns = (RecordTables.documents.map { RecordSQLSchema.quoted($0.name) } + ["record_json"])
        .joined(separator: ", ")
    private static let childColumns = RecordTables.children.map {
        (["document_id", "position"] + $0.columns.map { RecordSQLSchema.quoted($0.name) }).joined(separator: ", ")
    }

    /// The transaction of one document.
    static func appendDocument(_ record: ContractRecord, json: [UInt8], to sql: inout String) {
        let sha = record.document.sha256
        let key = PostgresLiteral.text(sha.isEmpty ? "path:" + record.document.path : sha)
        let version = PostgresLiteral.text(record.schemaVersion)
        sql += "BEGIN;\nSELECT pg_advisory_xact_lock(hashtext(\(key)));\n"
        sql += "DELETE FROM documents WHERE schema_version = \(version) AND \(RecordSQLSchema.documentKeyExpression) = \(key);\n"
        sql += "INSERT INTO documents (\(documentColumns)) VALUES ("
        for column in RecordTables.documents {
            PostgresLiteral.append(column.value(record), to: &sql)
            sql += ", "
        }
        sql += PostgresLiteral.json(json) + ");\n"
        for (table, columns) in zip(RecordTables.children, childColumns) {
            let rows = table.rows(record)
            guard !rows.isEmpty else { continue }
            sql += "INSERT INTO \(table.name) (\(columns)) VALUES "
            for (position, row) in rows.enumerated() {
                sql += position == 0 ? "(" : ", ("
                sql += "currval('documents_id_seq'), \(position)"
                for value in row {
                    sql += ", "
                    PostgresLiteral.append(value, to: &sql)
                }
                sql += ")"
            }
            sql += ";\n"
        }
        sql += "COMMIT;\n"
    }
}
