import ContractModel
import GRDB

/// Writes records into `hetong.sqlite` (tables in `RecordSQLSchema`, created by GRDB's migrator).
/// Each document is written after deleting any earlier row for the same path, inside the caller's
/// transaction, so a killed run never leaves a half-written document and a resumed or repeated run
/// holds every document exactly once. The INSERTs are GRDB cached statements, prepared once per
/// connection; their values come from the record description (`RecordTables`).
public struct SQLiteSink: Sendable {
    private let queue: DatabaseQueue

    public init(path: String) throws {
        var configuration = Configuration()
        configuration.foreignKeysEnabled = true
        configuration.prepareDatabase { db in
            try db.execute(sql: "PRAGMA journal_mode = WAL")
            try db.execute(sql: "PRAGMA synchronous = NORMAL")
        }
        do {
            queue = try DatabaseQueue(path: path, configuration: configuration)
            try Self.migrator.migrate(queue)
            try queue.write { db in
                // Tables and fields added to the record since the file was made (hetong load into an older file).
                try Self.createMissingTables(db)
                var existing: [String: Set<String>] = [:]
                for (table, _) in RecordSQLSchema.generatedColumns {
                    existing[table] = Set(try db.columns(in: table).map(\.name))
                }
                for statement in RecordSQLSchema.addMissingColumns(.sqlite, existing: existing) { try db.execute(sql: statement) }
            }
        } catch {
            throw HetongError(.unreadable, "cannot open database \(path)", underlying: "\(error)")
        }
    }

    /// Layout version 2: the tables of the record description.
    static var migrator: DatabaseMigrator {
        var migrator = DatabaseMigrator()
        migrator.registerMigration("record-tables-v\(RecordSQLSchema.layoutVersion)") { db in
            for statement in RecordSQLSchema.statements(.sqlite) { try db.execute(sql: statement) }
            try db.execute(sql: "PRAGMA user_version = \(RecordSQLSchema.layoutVersion)")
        }
        return migrator
    }

    /// Child tables the description gained since the file was made.
    private static func createMissingTables(_ db: Database) throws {
        for statement in RecordSQLSchema.statements(.sqlite) { try db.execute(sql: statement) }
    }

    /// Paths of the documents already in the database with their hashes.
    public func storedDocuments() throws -> [String: String] {
        try queue.read { db in
            var result: [String: String] = [:]
            for row in try Row.fetchAll(db, sql: "SELECT path, sha256 FROM documents") {
                result[row["path"]] = row["sha256"]
            }
            return result
        }
    }

    public func write(_ record: ContractRecord) throws {
        try write([(record, RecordJSONWriter.encode(record))])
    }

    /// Writes several records with their JSON (`RecordJSONWriter`'s bytes), all in one transaction.
    public func write(_ records: [(record: ContractRecord, json: [UInt8])]) throws {
        try queue.write { db in
            for (record, json) in records { try Self.insert(record, json: json, into: db) }
        }
    }

    private static let insertDocument = RecordSQLSchema.insertDocument(.sqlite)
    private static let insertChildren = RecordTables.children.map { ($0, RecordSQLSchema.insertChild($0, .sqlite)) }

    private static func insert(_ record: ContractRecord, json: [UInt8], into db: Database) throws {
        try db.cachedStatement(sql: "DELETE FROM documents WHERE path = ?").execute(arguments: [record.document.path])
        var values = RecordTables.documents.map { databaseValue($0.value(record)) }
        values.append(String(decoding: json, as: UTF8.self).databaseValue)
        try db.cachedStatement(sql: insertDocument).execute(arguments: StatementArguments(values))
        let id = db.lastInsertedRowID
        for (table, sql) in insertChildren {
            let rows = table.rows(record)
            guard !rows.isEmpty else { continue }
            let statement = try db.cachedStatement(sql: sql)
            for (position, row) in rows.enumerated() {
                try statement.execute(arguments: StatementArguments([id.databaseValue, position.databaseValue] + row.map(databaseValue)))
            }
        }
    }

    static func databaseValue(_ value: SQLValue) -> DatabaseValue {
        switch value {
        case .null: return .null
        case .text(let s), .decimal(let s): return s.databaseValue
        case .integer(let n): return n.databaseValue
        case .boolean(let b): return b.databaseValue
        case .date(let d): return d.description.databaseValue
        case .json(let bytes): return String(decoding: bytes, as: UTF8.self).databaseValue
        }
    }
}
