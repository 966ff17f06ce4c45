import ContractModel
import GRDB

/// Writes records into `hetong.sqlite` (schema in `SQLiteSchema`). Each document is written in one
/// transaction that first deletes any earlier row for the same path, so a killed run never leaves a
/// half-written document and a resumed or repeated run holds every document exactly once.
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
            try queue.write { db in
                for statement in SQLiteSchema.statements { try db.execute(sql: statement) }
                try db.execute(sql: "PRAGMA user_version = \(SQLiteSchema.version)")
            }
        } catch {
            throw HetongError(.unreadable, "cannot open database \(path)", underlying: "\(error)")
        }
    }

    /// Paths of the documents already in the database with their hashes (for `--resume`).
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
        try write([record])
    }

    /// Writes several records, each document in its own savepoint, all in one transaction.
    public func write(_ records: [ContractRecord]) throws {
        try queue.write { db in
            for record in records { try Self.insert(record, into: db) }
        }
    }

    private static func insert(_ record: ContractRecord, into db: Database) throws {
        try db.execute(sql: "DELETE FROM documents WHERE path = ?", arguments: [record.document.path])
        let c = record.contract
        let json = try HetongJSON.encode(record)
        let errors = record.findings.filter { $0.severity == .error }.count
        let warnings = record.findings.filter { $0.severity == .warning }.count
        let documentColumns: [(String, (any DatabaseValueConvertible)?)] = [
            ("path", record.document.path),
            ("sha256", record.document.sha256),
            ("status", record.status.rawValue),
            ("error_code", record.error?.code),
            ("error_message", record.error?.message),
            ("format", record.document.format?.rawValue),
            ("pages", record.document.pages),
            ("characters", record.document.characters),
            ("title", c?.title?.value),
            ("contract_number", c?.contractNumber?.value),
            ("project_name", c?.projectName?.value),
            ("party_a", c?.partyA?.name.value),
            ("party_b", c?.partyB?.name.value),
            ("signing_date", c?.signingDate?.value.description),
            ("total_amount", c?.totalAmount?.value.description),
            ("total_amount_fen", c?.totalAmount?.value.fen),
            ("amount_excluding_tax", c?.amountExcludingTax?.value.description),
            ("amount_excluding_tax_fen", c?.amountExcludingTax?.value.fen),
            ("tax_rate", c?.taxRate?.value.description),
            ("bond_kind", c?.performanceBond?.kind),
            ("bond_percent", c?.performanceBond?.percent?.value.description),
            ("bond_amount_fen", c?.performanceBond?.amount?.value.fen),
            ("service_months", c?.servicePeriod?.months),
            ("service_start", c?.servicePeriod?.start?.value.description),
            ("service_end", c?.servicePeriod?.end?.value.description),
            ("error_findings", errors),
            ("warning_findings", warnings),
            ("record_json", json),
        ]
        try insertRow(db, table: "documents", documentColumns)
        let id = db.lastInsertedRowID

        for (role, party) in [("party_a", c?.partyA), ("party_b", c?.partyB)] {
            guard let party else { continue }
            try insertRow(db, table: "parties", [
                ("document_id", id), ("role", role), ("name", party.name.value),
                ("legal_representative", party.legalRepresentative?.value), ("address", party.address?.value),
                ("phone", party.phone?.value),
            ] + spanColumns(party.name.span))
        }
        for installment in c?.installments ?? [] {
            try insertRow(db, table: "installments", [
                ("document_id", id), ("sequence", installment.sequence),
                ("percent", installment.percent?.value.description),
                ("amount", installment.amount?.value.description), ("amount_fen", installment.amount?.value.fen),
                ("condition", installment.condition?.value), ("due_date", installment.dueDate?.value.description),
                ("due_within_value", installment.dueWithin?.value.description),
                ("due_within_unit", installment.dueWithin?.unit.rawValue),
            ] + spanColumns(installment.span))
        }
        for penalty in c?.penalties ?? [] {
            try insertRow(db, table: "penalties", [
                ("document_id", id), ("party", penalty.party.rawValue), ("trigger", penalty.trigger.value),
                ("rate", penalty.rate?.value.description), ("per", penalty.per?.rawValue), ("base", penalty.base),
                ("cap", penalty.cap?.value.description), ("fixed_amount_fen", penalty.fixedAmount?.value.fen),
                ("grace_value", penalty.grace?.value.description), ("grace_unit", penalty.grace?.unit.rawValue),
            ] + spanColumns(penalty.span))
        }
        for finding in record.findings {
            let first = finding.spans.first
            try insertRow(db, table: "findings", [
                ("document_id", id), ("rule", finding.rule), ("severity", finding.severity.rawValue),
                ("message", finding.message), ("fields", finding.fields.joined(separator: ",")),
                ("page", first?.page), ("start", first?.start), ("\"end\"", first?.end),
            ])
        }
        if let mentions = record.mentions {
            for m in mentions.amounts {
                let qualifier = m.uppercase != nil && m.figures != nil ? "paired" : (m.uppercase != nil ? "uppercase" : "figures")
                try insertMention(db, id, "money", text: (m.uppercase ?? m.figures)?.text ?? m.value.description,
                                  value: m.value.description, fen: m.value.fen, qualifier: qualifier, span: m.span)
            }
            for p in mentions.percentages {
                try insertMention(db, id, "percent", text: p.text, value: p.value.description, qualifier: p.comparison.rawValue, span: p.span)
            }
            for d in mentions.dates {
                try insertMention(db, id, "date", text: d.text, value: d.value.description, qualifier: d.precision.rawValue, span: d.span)
            }
            for d in mentions.durations {
                try insertMention(db, id, "duration", text: d.text, value: d.value.description, qualifier: d.unit.rawValue, span: d.span)
            }
            for i in mentions.invalid {
                try insertMention(db, id, "invalid", text: i.text, value: nil, qualifier: i.reason, span: i.span)
            }
        }
        for warning in record.document.warnings {
            try insertRow(db, table: "warnings", [
                ("document_id", id), ("code", warning.code.rawValue), ("page", warning.page), ("message", warning.message),
            ])
        }
    }

    private static func spanColumns(_ span: Span) -> [(String, (any DatabaseValueConvertible)?)] {
        [("page", span.page), ("start", span.start), ("\"end\"", span.end)]
    }

    private static func insertMention(_ db: Database, _ id: Int64, _ kind: String, text: String, value: String?,
                                      fen: Int64? = nil, qualifier: String?, span: Span) throws {
        try insertRow(db, table: "mentions", [
            ("document_id", id), ("kind", kind), ("text", text), ("value", value), ("value_fen", fen), ("qualifier", qualifier),
        ] + spanColumns(span))
    }

    private static func insertRow(_ db: Database, table: String, _ columns: [(String, (any DatabaseValueConvertible)?)]) throws {
        let names = columns.map(\.0).joined(separator: ", ")
        let marks = Array(repeating: "?", count: columns.count).joined(separator: ", ")
        try db.execute(sql: "INSERT INTO \(table) (\(names)) VALUES (\(marks))",
                       arguments: StatementArguments(columns.map(\.1)))
    }
}
