// The plain values of the record: how each writes its JSON, names its schema and fills SQL columns.

extension String: RecordValue {
    public static func readJSON(from reader: inout RecordJSONReader) throws -> String { try reader.string() }
    public static var jsonSchema: JSONTree { .object([("type", .string("string"))]) }
    public static func sqlParts(_ context: SQLContext) -> SQLParts<String> { .single(context, .text) { .text($0) } }
    public func writeJSON(to writer: inout RecordJSONWriter) { writer.string(self) }
}

extension Int: RecordValue {
    public static func readJSON(from reader: inout RecordJSONReader) throws -> Int { try reader.int() }
    public static var jsonSchema: JSONTree { .object([("type", .string("integer"))]) }
    public static func sqlParts(_ context: SQLContext) -> SQLParts<Int> { .single(context, .integer) { .integer(Int64($0)) } }
    public func writeJSON(to writer: inout RecordJSONWriter) { writer.int(self) }
}

extension Bool: RecordValue {
    public static func readJSON(from reader: inout RecordJSONReader) throws -> Bool { try reader.bool() }
    public static var jsonSchema: JSONTree { .object([("type", .string("boolean"))]) }
    public static func sqlParts(_ context: SQLContext) -> SQLParts<Bool> { .single(context, .boolean) { .boolean($0) } }
    public func writeJSON(to writer: inout RecordJSONWriter) { writer.bool(self) }
}

extension Money: RecordValue {
    public static func readJSON(from reader: inout RecordJSONReader) throws -> Money {
        guard let value = Money(try reader.string()) else { throw reader.failure("not money") }
        return value
    }
    public static var jsonSchema: JSONTree { .object([("$ref", .string("#/$defs/MoneyString"))]) }
    public static var schemaDefinitions: [(String, JSONTree)] {
        [("MoneyString", .object([("type", .string("string")), ("pattern", .string("^-?[0-9]+\\.[0-9]{2}$")),
                                  ("description", .string("Yuan with exactly two decimals: \"4715000.00\"."))]))]
    }
    /// `x` (yuan, exact) and `x_fen` (integer fen, for sums).
    public static func sqlParts(_ context: SQLContext) -> SQLParts<Money> {
        SQLParts(columns: [SQLColumn(context.name, .money) { .decimal($0.description) },
                           SQLColumn(context.name + "_fen", .integer) { .integer($0.fen) }], tables: [])
    }
    public func writeJSON(to writer: inout RecordJSONWriter) { writer.string(description) }
}

extension FixedDecimal: RecordValue {
    public static func readJSON(from reader: inout RecordJSONReader) throws -> FixedDecimal {
        guard let value = FixedDecimal(try reader.string()) else { throw reader.failure("not a decimal") }
        return value
    }
    public static var jsonSchema: JSONTree { .object([("$ref", .string("#/$defs/Decimal"))]) }
    public static var schemaDefinitions: [(String, JSONTree)] {
        [("Decimal", .object([("type", .string("string")), ("pattern", .string("^-?[0-9]+(\\.[0-9]+)?$")),
                              ("description", .string("An exact decimal number, trailing zeros removed: \"21.43\", \"0.5\", \"100\"."))]))]
    }
    public static func sqlParts(_ context: SQLContext) -> SQLParts<FixedDecimal> { .single(context, .decimal) { .decimal($0.description) } }
    public func writeJSON(to writer: inout RecordJSONWriter) { writer.string(description) }
}

extension CalendarDate: RecordValue {
    public static func readJSON(from reader: inout RecordJSONReader) throws -> CalendarDate {
        guard let value = CalendarDate(iso: try reader.string()) else { throw reader.failure("not a date") }
        return value
    }
    public static var jsonSchema: JSONTree { .object([("$ref", .string("#/$defs/ISODate"))]) }
    public static var schemaDefinitions: [(String, JSONTree)] {
        [("ISODate", .object([("type", .string("string")), ("pattern", .string("^[0-9]{4}(-[0-9]{2}(-[0-9]{2})?)?$"))]))]
    }
    public static func sqlParts(_ context: SQLContext) -> SQLParts<CalendarDate> { .single(context, .date) { .date($0) } }
    public func writeJSON(to writer: inout RecordJSONWriter) { writer.string(description) }
}

extension ExtractionWarning.Code: RecordValue {
    public static func readJSON(from reader: inout RecordJSONReader) throws -> Self { Self(try reader.string()) }
    public static var jsonSchema: JSONTree { .object([("type", .string("string"))]) }
    public static func sqlParts(_ context: SQLContext) -> SQLParts<Self> { .single(context, .text) { .text($0.rawValue) } }
    public func writeJSON(to writer: inout RecordJSONWriter) { writer.string(rawValue) }
}

/// A closed set of strings: `{ "enum": [...] }` in the schema, its raw value everywhere else.
public protocol RecordEnum: RecordValue, RawRepresentable, CaseIterable where RawValue == String {}

extension RecordEnum {
    public static var jsonSchema: JSONTree { .object([("enum", .array(allCases.map { .string($0.rawValue) }))]) }
    public static func sqlParts(_ context: SQLContext) -> SQLParts<Self> { .single(context, .text) { .text($0.rawValue) } }
    public func writeJSON(to writer: inout RecordJSONWriter) { writer.string(rawValue) }
    public static func readJSON(from reader: inout RecordJSONReader) throws -> Self {
        let text = try reader.string()
        guard let value = Self(rawValue: text) else { throw reader.failure("\(text) is not one of \(allCases.map(\.rawValue))") }
        return value
    }
}

/// An array not declared as a child table is one JSON column.
extension Array: RecordValue where Element: RecordValue {
    public static var jsonSchema: JSONTree { .object([("type", .string("array")), ("items", Element.jsonSchema)]) }
    public static var schemaDefinitions: [(String, JSONTree)] { Element.schemaDefinitions }
    public static func sqlParts(_ context: SQLContext) -> SQLParts<[Element]> {
        .single(context, .json) { values in
            var w = RecordJSONWriter()
            values.writeJSON(to: &w)
            return .json(w.bytes)
        }
    }
    public static func readJSON(from reader: inout RecordJSONReader) throws -> [Element] { try reader.array(Element.self) }
    public func writeJSON(to writer: inout RecordJSONWriter) {
        writer.bytes.append(0x5B)
        for (i, v) in enumerated() {
            if i > 0 { writer.bytes.append(0x2C) }
            v.writeJSON(to: &writer)
        }
        writer.bytes.append(0x5D)
    }
}

extension ContractRecord.Status: RecordEnum {}
extension ExtractedDocument.Format: RecordEnum {}
extension Finding.Severity: RecordEnum {}
extension Comparison: RecordEnum {}
extension CalendarDate.Precision: RecordEnum {}
extension DurationUnit: RecordEnum {}
extension InvalidMention.Kind: RecordEnum {}
extension Penalty.LiableParty: RecordEnum {}
extension Penalty.Per: RecordEnum {}
