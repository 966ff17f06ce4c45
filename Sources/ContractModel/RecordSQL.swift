// The SQL side of the record description: each field's columns and child tables, dialect-free.
// The sinks render `SQLType` as SQLite or PostgreSQL types and bind `SQLValue`s (Pipeline, PostgresSink).

/// The type of a column, before a dialect names it.
public enum SQLType: Sendable, Hashable {
    case text, integer, boolean
    /// Yuan with two decimals (`numeric(20,2)` in PostgreSQL; the JSON's decimal string in SQLite).
    case money
    /// An exact decimal (`numeric`; decimal string in SQLite).
    case decimal
    /// An ISO date (`date` in PostgreSQL, the first day of a month- or year-precision date; ISO text in SQLite).
    case date
    /// A JSON document (`jsonb`; text in SQLite).
    case json
}

/// One value of a row.
public enum SQLValue: Sendable, Hashable {
    case null
    case text(String)
    case integer(Int64)
    case boolean(Bool)
    /// An exact decimal as written in the JSON (`"4715000.00"`, `"0.5"`).
    case decimal(String)
    case date(CalendarDate)
    /// Compact JSON bytes (`RecordJSONWriter`).
    case json([UInt8])
}

/// Where a value is being mapped: `name` is its column name (or the prefix of its fields' columns).
public struct SQLContext: Sendable {
    public var name: String
    /// True inside a flattened object (a span there has no columns of its own).
    public var nested: Bool
    public init(name: String, nested: Bool) { self.name = name; self.nested = nested }

    /// The column name of a field `key` of the value at this context.
    public func child(_ key: String) -> String {
        name.isEmpty ? key : (key.isEmpty ? name : name + "_" + key)
    }
}

public struct SQLColumn<Root>: @unchecked Sendable {
    public let name: String
    public let type: SQLType
    public let value: (Root) -> SQLValue
    public init(_ name: String, _ type: SQLType, _ value: @escaping (Root) -> SQLValue) {
        self.name = name
        self.type = type
        self.value = value
    }
}

/// A table of rows that belong to one record (installments, findings, …): `columns` without the
/// link to the document, which the sink adds (`document_id`, `position`).
public struct SQLChildTable<Root>: @unchecked Sendable {
    public let name: String
    public let columns: [(name: String, type: SQLType)]
    public let rows: (Root) -> [[SQLValue]]

    static func rows<E: RecordObject>(of: E.Type, named name: String) -> SQLChildTable<[E]> {
        let columns = E.fieldParts(SQLContext(name: "", nested: false)).columns
        return SQLChildTable<[E]>(name: name, columns: columns.map { ($0.name, $0.type) },
                                  rows: { elements in elements.map { e in columns.map { $0.value(e) } } })
    }

    func lifted<R>(_ get: @escaping (R) -> Root) -> SQLChildTable<R> {
        let rows = self.rows
        return SQLChildTable<R>(name: name, columns: columns, rows: { rows(get($0)) })
    }

    func liftedOptional<R>(_ get: @escaping (R) -> Root?) -> SQLChildTable<R> {
        let rows = self.rows
        return SQLChildTable<R>(name: name, columns: columns, rows: { get($0).map(rows) ?? [] })
    }
}

/// The columns and child tables a value contributes to the row of its record.
public struct SQLParts<Root>: @unchecked Sendable {
    public var columns: [SQLColumn<Root>]
    public var tables: [SQLChildTable<Root>]
    public init(columns: [SQLColumn<Root>], tables: [SQLChildTable<Root>]) {
        self.columns = columns
        self.tables = tables
    }

    /// One column holding the whole value.
    static func single(_ context: SQLContext, _ type: SQLType, _ value: @escaping (Root) -> SQLValue) -> SQLParts<Root> {
        SQLParts(columns: [SQLColumn(context.name, type, value)], tables: [])
    }

    func lifted<R>(_ get: @escaping (R) -> Root) -> SQLParts<R> {
        SQLParts<R>(columns: columns.map { c in let v = c.value; return SQLColumn<R>(c.name, c.type) { v(get($0)) } },
                    tables: tables.map { $0.lifted(get) })
    }

    func liftedOptional<R>(_ get: @escaping (R) -> Root?) -> SQLParts<R> {
        SQLParts<R>(columns: columns.map { c in let v = c.value; return SQLColumn<R>(c.name, c.type) { get($0).map(v) ?? .null } },
                    tables: tables.map { $0.liftedOptional(get) })
    }
}

extension SQLParts where Root: RecordValue {
    static func mapped(_ mapping: SQLMapping, key: String, _ context: SQLContext) -> SQLParts<Root> {
        switch mapping {
        case .none: return SQLParts(columns: [], tables: [])
        case .automatic: return Root.sqlParts(SQLContext(name: context.child(key), nested: context.nested))
        case .named(let name): return Root.sqlParts(SQLContext(name: context.child(name), nested: context.nested))
        case .table: preconditionFailure("\(key): a child table is declared with RecordField.table")
        }
    }
}

/// The tables of the record: `documents` (one row per record) and its child tables.
public enum RecordTables {
    /// Columns of `documents` (the sink adds its key, the record JSON and bookkeeping).
    public static let documents: [SQLColumn<ContractRecord>] = parts.columns
    /// Child tables, in declaration order.
    public static let children: [SQLChildTable<ContractRecord>] = parts.tables

    private static let parts = ContractRecord.sqlParts(SQLContext(name: "", nested: false))
}
