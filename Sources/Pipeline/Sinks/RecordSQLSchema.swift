import ContractModel

/// The SQL tables of the record in one dialect, generated from the record description
/// (`RecordTables`): `documents`, one row per record with the flattened contract fields and the
/// record JSON, and a child table per list (installments, penalties, findings, warnings, pages,
/// mentions…) linked by `document_id` and ordered by `position`. Money is stored twice: `x` (the
/// exact decimal) and `x_fen` (integer fen, for sums). Every span is `page`, `start`, `"end"`:
/// Unicode scalar offsets into the `hetong extract` text. Schemas/sqlite.sql and
/// Schemas/postgres.sql are this text (PipelineTests/SQLiteSinkTests checks both).
public enum RecordSQLSchema {
    /// The layout of the tables; bumped whenever a column changes (the record's own
    /// `schema_version` is a column of `documents`).
    public static let layoutVersion = 2

    public enum Dialect: Sendable { case sqlite, postgres }

    public static func typeName(_ type: SQLType, _ dialect: Dialect) -> String {
        switch (type, dialect) {
        case (.text, _): return "TEXT"
        case (.integer, .sqlite), (.boolean, .sqlite): return "INTEGER"
        case (.integer, .postgres): return "BIGINT"
        case (.boolean, .postgres): return "BOOLEAN"
        case (.money, .sqlite), (.decimal, .sqlite), (.date, .sqlite), (.json, .sqlite): return "TEXT"
        case (.money, .postgres): return "NUMERIC(20,2)"
        case (.decimal, .postgres): return "NUMERIC"
        case (.date, .postgres): return "DATE"
        case (.json, .postgres): return "JSONB"
        }
    }

    public static func quoted(_ identifier: String) -> String { "\"" + identifier.replacingOccurrences(of: "\"", with: "\"\"") + "\"" }

    /// CREATE statements (idempotent), tables first, then indexes.
    public static func statements(_ dialect: Dialect) -> [String] {
        let key = dialect == .sqlite ? "INTEGER PRIMARY KEY" : "BIGSERIAL PRIMARY KEY"
        let reference = dialect == .sqlite ? "INTEGER" : "BIGINT"
        func columns(_ list: [(name: String, type: SQLType)]) -> String {
            list.map { "  \(quoted($0.name)) \(typeName($0.type, dialect))" }.joined(separator: ",\n")
        }
        var documents = "CREATE TABLE IF NOT EXISTS documents (\n  id \(key),\n"
            + columns(RecordTables.documents.map { ($0.name, $0.type) }) + ",\n"
            + "  record_json \(typeName(.json, dialect)) NOT NULL"
        if dialect == .postgres { documents += ",\n  loaded_at TIMESTAMPTZ NOT NULL DEFAULT now()" }
        var result = [documents + "\n)"]
        switch dialect {
        case .sqlite:
            // One file per batch: a document is its path.
            result.append("CREATE UNIQUE INDEX IF NOT EXISTS documents_path ON documents(path)")
        case .postgres:
            // Many batches into one database: a document is its content (sha256) at a schema version;
            // a file that could not be hashed is its path.
            result.append("CREATE UNIQUE INDEX IF NOT EXISTS documents_key ON documents(schema_version, \(documentKeyExpression))")
            // The layout version of these tables (PostgresSink checks it before loading).
            result.append("CREATE TABLE IF NOT EXISTS hetong_meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)")
        }
        result.append("CREATE INDEX IF NOT EXISTS documents_sha256 ON documents(sha256)")
        result.append("CREATE INDEX IF NOT EXISTS documents_status ON documents(status, error_code)")
        for table in RecordTables.children {
            result.append("CREATE TABLE IF NOT EXISTS \(table.name) (\n"
                          + "  document_id \(reference) NOT NULL REFERENCES documents(id) ON DELETE CASCADE,\n"
                          + "  position INTEGER NOT NULL,\n" + columns(table.columns) + "\n)")
            result.append("CREATE INDEX IF NOT EXISTS \(table.name)_document ON \(table.name)(document_id)")
        }
        return result
    }

    /// Every generated column of every table (the keys, `record_json` and bookkeeping aside).
    public static var generatedColumns: [(table: String, columns: [(name: String, type: SQLType)])] {
        [("documents", RecordTables.documents.map { ($0.name, $0.type) })] + RecordTables.children.map { ($0.name, $0.columns) }
    }

    /// `ALTER TABLE … ADD COLUMN` for the generated columns a database lacks (`existing`: table → its
    /// column names): a field added to the record reaches a database made by an older hetong, its
    /// earlier rows NULL there. Tables it lacks altogether come from `statements` (IF NOT EXISTS).
    public static func addMissingColumns(_ dialect: Dialect, existing: [String: Set<String>]) -> [String] {
        var result: [String] = []
        for (table, columns) in generatedColumns {
            guard let have = existing[table] else { continue }
            for column in columns where !have.contains(column.name) {
                result.append("ALTER TABLE \(table) ADD COLUMN \(quoted(column.name)) \(typeName(column.type, dialect))")
            }
        }
        return result
    }

    /// What makes a row of `documents` one document in PostgreSQL.
    public static let documentKeyExpression = "(CASE WHEN sha256 <> '' THEN sha256 ELSE 'path:' || path END)"

    /// `INSERT INTO documents (...) VALUES (?, ...)` with `?` or `$n` placeholders.
    public static func insertDocument(_ dialect: Dialect) -> String {
        let names = RecordTables.documents.map { quoted($0.name) } + ["record_json"]
        return "INSERT INTO documents (\(names.joined(separator: ", "))) VALUES (\(placeholders(names.count, dialect)))"
    }

    public static func insertChild(_ table: SQLChildTable<ContractRecord>, _ dialect: Dialect) -> String {
        let names = ["document_id", "position"] + table.columns.map { quoted($0.name) }
        return "INSERT INTO \(table.name) (\(names.joined(separator: ", "))) VALUES (\(placeholders(names.count, dialect)))"
    }

    private static func placeholders(_ count: Int, _ dialect: Dialect) -> String {
        (1...count).map { dialect == .sqlite ? "?" : "$\($0)" }.joined(separator: ", ")
    }

    /// The schema as a SQL script (Schemas/sqlite.sql, Schemas/postgres.sql).
    public static func script(_ dialect: Dialect) -> String {
        let name = dialect == .sqlite ? "hetong.sqlite (PRAGMA user_version)" : "PostgreSQL (table hetong_meta), in the schema of --postgres-schema"
        return "-- hetong record tables, layout version \(layoutVersion), \(name).\n"
            + "-- Generated from the record description (Sources/ContractModel/RecordDescription.swift); do not edit.\n"
            + "-- Spans (page, start, \"end\") are Unicode scalar offsets into the `hetong extract` text.\n"
            + "-- Money: x (exact decimal) and x_fen (integer fen). record_json is the record as `hetong parse` prints it.\n\n"
            + statements(dialect).map { $0 + ";\n" }.joined(separator: "\n")
    }
}
