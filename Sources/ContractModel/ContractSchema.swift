// The JSON Schema (draft 2020-12) of the `hetong parse` record, as printed by `hetong schema`:
// generated from the record description (RecordDescription.swift), never written by hand.
// Schemas/contract.schema.json is this text; ClauseGrammarTests/SchemaTests checks it and
// re-records it with RECORD_SCHEMA=1.
public enum ContractSchema {
    public static let json: String = document.rendered() + "\n"

    static let summary = """
        One object printed by `hetong parse`, and one line of contracts.jsonl in a batch (schema_version \
        \(ContractRecord.currentSchemaVersion)). Keys are snake_case. Money values are decimal strings with two decimals (yuan), \
        percentages and quantities are exact decimal strings, dates are ISO 8601 ("2025-05-20", "2025-05" or "2025" by \
        precision). Every span is { page, start, end }: start inclusive, end exclusive, in Unicode scalar (code point) \
        offsets into the normalized text that `hetong extract` prints, pages joined by a form feed; page is 1-based. A \
        contract field absent from the document is null (or an empty array), never guessed. A record with status "error" \
        has a null contract and mentions and carries error.code; its document keeps what was read before the failure \
        (pages, page_info, warnings: a no_text record of blank pages still counts them, a timeout keeps the pages OCR had \
        read), and is empty when nothing could be read.
        """

    static var document: JSONTree {
        let root = ContractRecord.recordDescription
        var seen: Set<String> = [root.name]
        var definitions: [(String, JSONTree)] = []
        for field in root.fields {
            for (name, schema) in field.definitions() where !seen.contains(name) {
                seen.insert(name)
                definitions.append((name, schema))
            }
        }
        guard case .object(let members) = root.objectSchema else { preconditionFailure("an object schema") }
        return .object([
            ("$schema", .string("https://json-schema.org/draft/2020-12/schema")),
            ("$id", .string("https://hetong.invalid/schemas/contract.schema.json")),
            ("title", .string("hetong contract record")),
            ("description", .string(summary)),
        ] + members + [("$defs", .object(definitions))])
    }
}
