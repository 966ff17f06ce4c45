import Testing
import Foundation
import ContractModel

@Suite struct RecordJSONWriterTests {
    /// The fast writer and Foundation's encoder (HetongJSON) give the same bytes on every seed
    /// record, with every optional key present and absent.
    @Test func sameBytesAsHetongJSON() throws {
        for name in Repo.seeds {
            let p = Parsed(try Repo.seed(name))
            var full = RecordExample.full
            full.contract = p.contract
            full.mentions = p.mentions
            let bare = ContractRecord(document: .init(path: name, sha256: ""), contract: p.contract, mentions: p.mentions)
            for record in [full, bare] {
                let foundation = try HetongJSON.encoder().encode(record)
                #expect(RecordJSONWriter.encode(record) == [UInt8](foundation))
            }
        }
        let failed = ContractRecord(status: .error, document: .init(path: "x.pdf", sha256: ""),
                                    error: .init(HetongError(.encrypted, "文档已加密")))
        #expect(RecordJSONWriter.encode(failed) == [UInt8](try HetongJSON.encoder().encode(failed)))
    }

    @Test func emptyContractAndMetadata() throws {
        let record = ContractRecord(document: .init(path: "p", sha256: "s", metadata: .init()), contract: Contract(), mentions: Mentions())
        #expect(RecordJSONWriter.encode(record) == [UInt8](try HetongJSON.encoder().encode(record)))
        #expect(String(decoding: RecordJSONWriter.encode(record), as: UTF8.self).contains("\"metadata\":{}"))
    }
}

/// The fully populated example guards every field: its bytes (golden file, re-recorded with
/// RECORD_SCHEMA=1), Foundation's bytes, the way back (Decodable), and the schema.
@Suite struct RecordDescriptionTests {
    static let golden = "Tests/ClauseGrammarTests/Fixtures/full-record.json"

    @Test func fullExampleBytesAreTheGoldenFile() throws {
        let bytes = RecordJSONWriter.encode(RecordExample.full)
        let url = Repo.root.appendingPathComponent(Self.golden)
        if ProcessInfo.processInfo.environment["RECORD_SCHEMA"] == "1" { try Data(bytes + [0x0A]).write(to: url) }
        #expect(try Repo.file(Self.golden) == String(decoding: bytes, as: UTF8.self) + "\n",
                "re-record with RECORD_SCHEMA=1 swift test --filter RecordDescriptionTests")
        #expect(bytes == [UInt8](try HetongJSON.encoder().encode(RecordExample.full)))
    }

    /// Every key written is read back (Codable's snake_case names match the description's keys).
    @Test func fullExampleDecodesToItself() throws {
        let decoded = try HetongJSON.decoder().decode(ContractRecord.self, from: Data(RecordJSONWriter.encode(RecordExample.full)))
        #expect(decoded == RecordExample.full)
    }

    @Test func fullExampleSetsEveryFieldAndIsValid() throws {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("hetong-full-\(UUID().uuidString).json")
        defer { try? FileManager.default.removeItem(at: url) }
        try Data(RecordJSONWriter.encode(RecordExample.full)).write(to: url)
        let output = try SchemaValidator.validate([url.path], lastIsComplete: true)
        #expect(output.isEmpty, "\(output)")
    }

    /// Every table and column follows from the description: no name twice, spans only where a row has one.
    @Test func tablesFollowTheDescription() {
        let names = RecordTables.documents.map(\.name)
        #expect(Set(names).count == names.count, "\(names)")
        for column in ["path", "sha256", "status", "total_amount", "total_amount_fen", "total_amount_currency", "party_a_name", "bond_amount_fen",
                       "service_start", "error_code", "metadata_title"] {
            #expect(names.contains(column), "documents.\(column)")
        }
        #expect(!names.contains("page"), "a flattened object's span has no columns")
        let tables = Dictionary(uniqueKeysWithValues: RecordTables.children.map { ($0.name, $0.columns.map(\.name)) })
        #expect(tables["installments"] == ["sequence", "percent", "amount", "amount_fen", "amount_currency", "condition", "due_date",
                                           "due_within_value", "due_within_unit", "page", "start", "end"])
        #expect(tables["mention_date_ranges"] == ["start_date", "end_date", "text", "page", "start", "end"])
        for (name, columns) in tables { #expect(Set(columns).count == columns.count, "\(name): \(columns)") }
        let full = RecordExample.full
        for column in RecordTables.documents { #expect(column.value(full) != .null, "documents.\(column.name) of the full example") }
        for table in RecordTables.children {
            let rows = table.rows(full)
            #expect(!rows.isEmpty, "\(table.name) of the full example")
            for row in rows { #expect(!row.contains(.null), "\(table.name): \(row)") }
        }
    }
}

/// `RecordJSONReader` reads back what the writer wrote, as Foundation's decoder does, and refuses
/// what the schema refuses.
@Suite struct RecordJSONReaderTests {
    @Test func readsTheWritersBytes() throws {
        var records = [RecordExample.full, ContractRecord(status: .error, document: .init(path: "x", sha256: ""),
                                                          error: .init(HetongError(.timeout, "超时")))]
        for name in Repo.seeds {
            let p = Parsed(try Repo.seed(name))
            records.append(ContractRecord(document: .init(path: name, sha256: "s"), contract: p.contract, mentions: p.mentions))
        }
        for record in records {
            let bytes = RecordJSONWriter.encode(record)
            #expect(try RecordJSONReader.record(bytes) == record)
            #expect(try RecordJSONReader.record(bytes) == HetongJSON.decoder().decode(ContractRecord.self, from: Data(bytes)))
        }
        // Pretty output (hetong parse --pretty) reads the same.
        let pretty = try HetongJSON.encoder(pretty: true).encode(RecordExample.full)
        #expect(try RecordJSONReader.record([UInt8](pretty)) == RecordExample.full)
    }

    @Test func refusesWhatTheSchemaRefuses() throws {
        let good = String(decoding: RecordJSONWriter.encode(RecordExample.full), as: UTF8.self)
        let bad = [
            good.replacingOccurrences(of: "\"rule\":", with: "\"rules\":"),                 // required key missing (renamed)
            good.replacingOccurrences(of: "\"severity\":\"warning\",", with: ""),           // required key missing
            good.replacingOccurrences(of: "\"severity\":\"warning\"", with: "\"severity\":\"fatal\""),  // not in the enum
            good.replacingOccurrences(of: "\"value\":\"123456.78\"", with: "\"value\":\"1.234\""),      // not money
            String(good.dropLast()),                                                          // truncated
            good + "x",
        ]
        for text in bad {
            #expect(throws: RecordJSONReader.Failure.self) { try RecordJSONReader.record(Array(text.utf8)) }
        }
    }

    /// A key this hetong does not know (a newer record's added field) is skipped, whatever its value.
    @Test func skipsUnknownKeys() throws {
        let good = String(decoding: RecordJSONWriter.encode(RecordExample.full), as: UTF8.self)
        for value in [#""a \"quoted\" } ] string""#, "-12.5e3", "true", "null", #"{"x":[1,{"y":"}"}],"z":{}}"#, "[]"] {
            let text = good.replacingOccurrences(of: "\"rule\":", with: "\"added_field\": \(value) ,\"rule\":")
            #expect(try RecordJSONReader.record(Array(text.utf8)) == RecordExample.full, "\(value)")
        }
    }
}

/// Adding a field is one line in a description: `weight` below is declared once, and the JSON bytes,
/// the way back, the schema and the SQL columns all have it.
@Suite struct AddingAFieldTests {
    struct Clause: RecordObject, Hashable {
        var text: String
        var page: Int?
        var weight: FixedDecimal?  // the new field …
        static let recordDescription = RecordDescription<Clause>("Clause", blank: Clause(text: ""), [
            .field("text", \.text),
            .field("page", \.page),
            .field("weight", \.weight, "How much the clause counts."),  // … and its one line
        ])
    }

    @Test func oneLineGivesJSONSchemaAndColumns() throws {
        let clause = Clause(text: "第一条", page: 2, weight: FixedDecimal(units: 15, scale: 1))
        var writer = RecordJSONWriter()
        clause.writeJSON(to: &writer)
        #expect(String(decoding: writer.bytes, as: UTF8.self) == #"{"page":2,"text":"第一条","weight":"1.5"}"#)
        #expect(try HetongJSON.encoder().encode(clause) == Data(writer.bytes))
        #expect(try HetongJSON.decoder().decode(Clause.self, from: Data(writer.bytes)) == clause)

        let definitions = Clause.schemaDefinitions.map(\.0)
        #expect(definitions == ["Clause", "Decimal"])
        let schema = JSONTree.object(Clause.schemaDefinitions).rendered()
        #expect(schema.contains(##""weight": { "oneOf": [{ "$ref": "#/$defs/Decimal" }, { "type": "null" }], "description": "How much the clause counts." }"##),
                "\(schema)")
        #expect(schema.contains(#""required": ["text", "page", "weight"]"#))

        let columns = Clause.sqlParts(SQLContext(name: "clause", nested: false)).columns
        #expect(columns.map(\.name) == ["clause_text", "clause_page", "clause_weight"])
        #expect(columns.map(\.type) == [.text, .integer, .decimal])
        #expect(columns[2].value(clause) == .decimal("1.5"))
        #expect(columns[2].value(Clause(text: "")) == .null)
    }
}
