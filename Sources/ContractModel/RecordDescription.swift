// The record stated once. Every type of the `hetong parse` record lists its fields here (JSON key,
// value type, whether it may be null or absent, a description for consumers, how it maps to SQL),
// and everything else follows from that list: the JSON bytes (`RecordJSONWriter`), Foundation's
// `Encodable` (same bytes), the JSON Schema (`ContractSchema`), the SQL tables and their rows
// (`RecordTables`). Adding a field to the record is one line in its type's `description` (plus the
// stored property and the rule that fills it).

/// A value that can stand in a record field: it writes its JSON, names its JSON Schema and its SQL columns.
public protocol RecordValue: Codable, Sendable {
    /// The JSON Schema of a non-null value (a `$ref` for named types).
    static var jsonSchema: JSONTree { get }
    /// Named schemas this value refers to (`$defs`), itself included when it is named.
    static var schemaDefinitions: [(String, JSONTree)] { get }
    /// The SQL columns (and child tables) of a value stored under `context.name`.
    static func sqlParts(_ context: SQLContext) -> SQLParts<Self>
    func writeJSON(to writer: inout RecordJSONWriter)
    static func readJSON(from reader: inout RecordJSONReader) throws -> Self
}

extension RecordValue {
    public static var schemaDefinitions: [(String, JSONTree)] { [] }
}

/// A record type described field by field (an object in JSON, a `$defs` entry in the schema).
public protocol RecordObject: RecordValue {
    static var recordDescription: RecordDescription<Self> { get }
}

/// What happens to a field whose value is nil.
public enum FieldPresence: Sendable {
    /// Never nil.
    case required
    /// Written as `null`; the key is always there.
    case nullable
    /// The key is left out (document metadata, OCR details, a reading not written).
    case omittedWhenNil
}

/// How a field maps to SQL columns.
public enum SQLMapping: Sendable {
    /// The value type's own columns, named after the key (an object without a compact form is
    /// flattened with the key as prefix; an array becomes one JSON column).
    case automatic
    /// As `automatic`, under another column name (or prefix).
    case named(String)
    /// A child table, one row per element (arrays of record objects only; see `RecordDescription.table`).
    case table(String)
    /// Not in any table (the record JSON column still has it).
    case none
}

/// The fields of one record type.
public struct RecordDescription<Root>: @unchecked Sendable {
    /// The `$defs` name in the JSON Schema.
    public let name: String
    public let summary: String?
    /// In declaration order (the schema's order).
    public let fields: [RecordField<Root>]
    /// In the byte order of their keys (the JSON writer's order, as `.sortedKeys`).
    let writeOrder: [RecordField<Root>]
    /// Columns of a value that is stored compactly under one name (`Money` → `x`, `x_fen`), instead of
    /// flattening its fields; nil to flatten.
    let compactColumns: ((SQLContext) -> [SQLColumn<Root>])?
    /// The value a reader starts from before it sets each field it reads.
    let blank: Root?

    public init(_ name: String, _ summary: String? = nil, blank: Root, compact: ((SQLContext) -> [SQLColumn<Root>])? = nil,
                _ fields: [RecordField<Root>]) {
        precondition(fields.count <= 64, "RecordJSONReader tracks at most 64 fields")
        self.blank = blank
        self.name = name
        self.summary = summary
        self.fields = fields
        self.writeOrder = fields.sorted { $0.key.utf8.lexicographicallyPrecedes($1.key.utf8) }
        self.compactColumns = compact
    }
}

/// One field: its key, schema, presence, JSON writer, Foundation encoder and SQL columns.
public struct RecordField<Root>: @unchecked Sendable {
    public let key: String
    public let presence: FieldPresence
    public let summary: String?
    /// The field's JSON Schema (null admitted when `presence == .nullable`, description included).
    public let schema: JSONTree
    let definitions: () -> [(String, JSONTree)]
    let isNil: (Root) -> Bool
    /// `"key":` and `,"key":`.
    let firstKey: [UInt8]
    let nextKey: [UInt8]
    let keyBytes: [UInt8]
    let readValue: (inout Root, inout RecordJSONReader) throws -> Void
    let writeValue: (inout RecordJSONWriter, Root) -> Void
    let encodeValue: (Root, inout KeyedEncodingContainer<RecordCodingKey>) throws -> Void
    let sql: (SQLContext) -> SQLParts<Root>

    init(key: String, presence: FieldPresence, summary: String?, schema: JSONTree, definitions: @escaping () -> [(String, JSONTree)],
         isNil: @escaping (Root) -> Bool, writeValue: @escaping (inout RecordJSONWriter, Root) -> Void,
         readValue: @escaping (inout Root, inout RecordJSONReader) throws -> Void,
         encodeValue: @escaping (Root, inout KeyedEncodingContainer<RecordCodingKey>) throws -> Void,
         sql: @escaping (SQLContext) -> SQLParts<Root>) {
        self.key = key
        self.presence = presence
        self.summary = summary
        self.schema = schema
        self.definitions = definitions
        self.isNil = isNil
        self.firstKey = Array("\"\(key)\":".utf8)
        self.nextKey = Array(",\"\(key)\":".utf8)
        self.keyBytes = Array(key.utf8)
        self.readValue = readValue
        self.writeValue = writeValue
        self.encodeValue = encodeValue
        self.sql = sql
    }

    /// A field that is never nil. `extra` adds schema keywords (`minimum`…) to the value's schema.
    public static func field<V: RecordValue>(_ key: String, _ path: WritableKeyPath<Root, V>, _ summary: String? = nil,
                                             extra: [(String, JSONTree)] = [], sql: SQLMapping = .automatic) -> Self {
        let get: (Root) -> V = { $0[keyPath: path] }
        return RecordField(
            key: key, presence: .required, summary: summary,
            schema: JSONTree.fieldSchema(V.jsonSchema, extra: extra, nullable: false, summary: summary),
            definitions: { V.schemaDefinitions }, isNil: { _ in false },
            writeValue: { w, root in get(root).writeJSON(to: &w) },
            readValue: { root, r in root[keyPath: path] = try V.readJSON(from: &r) },
            encodeValue: { root, c in try c.encode(get(root), forKey: RecordCodingKey(key)) },
            sql: { context in SQLParts<V>.mapped(sql, key: key, context).lifted(get) })
    }

    /// A field that may be nil: written as null, or left out with `whenNil: .omittedWhenNil`.
    public static func field<V: RecordValue>(_ key: String, _ path: WritableKeyPath<Root, V?>, _ summary: String? = nil,
                                             extra: [(String, JSONTree)] = [], whenNil: FieldPresence = .nullable,
                                             sql: SQLMapping = .automatic) -> Self {
        let get: (Root) -> V? = { $0[keyPath: path] }
        return RecordField(
            key: key, presence: whenNil == .required ? .nullable : whenNil, summary: summary,
            schema: JSONTree.fieldSchema(V.jsonSchema, extra: extra, nullable: whenNil != .omittedWhenNil, summary: summary),
            definitions: { V.schemaDefinitions }, isNil: { get($0) == nil },
            writeValue: { w, root in
                if let value = get(root) { value.writeJSON(to: &w) } else { w.null() }
            },
            readValue: { root, r in root[keyPath: path] = r.takeNull() ? nil : try V.readJSON(from: &r) },
            encodeValue: { root, c in
                if let value = get(root) { try c.encode(value, forKey: RecordCodingKey(key)) } else { try c.encodeNil(forKey: RecordCodingKey(key)) }
            },
            sql: { context in SQLParts<V>.mapped(sql, key: key, context).liftedOptional(get) })
    }

    /// An array of record objects stored as a child table `table`, one row per element.
    public static func table<E: RecordObject>(_ key: String, _ path: WritableKeyPath<Root, [E]>, _ summary: String? = nil,
                                              table: String) -> Self {
        let get: (Root) -> [E] = { $0[keyPath: path] }
        return RecordField(
            key: key, presence: .required, summary: summary,
            schema: JSONTree.fieldSchema([E].jsonSchema, extra: [], nullable: false, summary: summary),
            definitions: { E.schemaDefinitions }, isNil: { _ in false },
            writeValue: { w, root in get(root).writeJSON(to: &w) },
            readValue: { root, r in root[keyPath: path] = try r.array(E.self) },
            encodeValue: { root, c in try c.encode(get(root), forKey: RecordCodingKey(key)) },
            sql: { _ in SQLParts(columns: [], tables: [SQLChildTable<[E]>.rows(of: E.self, named: table).lifted(get)]) })
    }
}

/// The coding key of description-driven `Encodable` (keys are already snake_case).
public struct RecordCodingKey: CodingKey {
    public var stringValue: String
    public var intValue: Int? { nil }
    public init(_ string: String) { self.stringValue = string }
    public init?(stringValue: String) { self.stringValue = stringValue }
    public init?(intValue: Int) { nil }
}

extension RecordObject {
    public static var jsonSchema: JSONTree { .object([("$ref", .string("#/$defs/" + recordDescription.name))]) }

    public static var schemaDefinitions: [(String, JSONTree)] {
        var result: [(String, JSONTree)] = [(recordDescription.name, recordDescription.objectSchema)]
        for field in recordDescription.fields { result.append(contentsOf: field.definitions()) }
        return result
    }

    public func writeJSON(to writer: inout RecordJSONWriter) { writer.object(self) }
    public static func readJSON(from reader: inout RecordJSONReader) throws -> Self { try reader.object(Self.self) }

    /// Foundation's encoder writes the same object as `RecordJSONWriter` (nulls included, omitted keys left out).
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: RecordCodingKey.self)
        for field in Self.recordDescription.fields where !(field.presence == .omittedWhenNil && field.isNil(self)) {
            try field.encodeValue(self, &container)
        }
    }

    public static func sqlParts(_ context: SQLContext) -> SQLParts<Self> {
        if let compact = recordDescription.compactColumns { return SQLParts(columns: compact(context), tables: []) }
        return fieldParts(context)
    }

    /// Every field's columns, flattened under `context.name` (a child table's row: the fields, never the compact form).
    static func fieldParts(_ context: SQLContext) -> SQLParts<Self> {
        var parts = SQLParts<Self>(columns: [], tables: [])
        let inner = SQLContext(name: context.name, nested: context.nested || !context.name.isEmpty)
        for field in recordDescription.fields {
            let p = field.sql(inner)
            parts.columns += p.columns
            parts.tables += p.tables
        }
        return parts
    }
}

extension RecordDescription {
    /// The `$defs` entry of this type.
    var objectSchema: JSONTree {
        var members: [(String, JSONTree)] = [("type", .string("object")), ("additionalProperties", .bool(false))]
        if let summary { members.append(("description", .string(summary))) }
        members.append(("required", .array(fields.filter { $0.presence != .omittedWhenNil }.map { .string($0.key) })))
        members.append(("properties", .object(fields.map { ($0.key, $0.schema) })))
        return .object(members)
    }
}

// Blank values the reader starts from.
extension Span { static let blank = Span(page: 1, start: 0, end: 0) }
extension TextValue { static let blank = TextValue(value: "", span: .blank) }
extension DateValue { static let blank = DateValue(value: CalendarDate(year: 1), text: "", span: .blank) }
