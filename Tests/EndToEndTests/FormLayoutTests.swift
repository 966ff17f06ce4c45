import Foundation
import Testing

/// Filled-in model texts, WPS one-table layouts and check boxes (Corpus/quirks, built by Scripts/build-corpus) read
/// through `hetong parse`: the values typed into a form's blanks are values, the blanks left empty are not, clauses
/// inside a layout table read like clauses outside it, and the option left unticked is not a term of the contract.
@Suite struct FormLayoutTests {
    struct Fields {
        let contract: [String: Any]
        func value(_ key: String) -> String? { (contract[key] as? [String: Any])?["value"] as? String }
        func party(_ key: String) -> String? {
            ((contract[key] as? [String: Any])?["name"] as? [String: Any])?["value"] as? String
        }
        func list(_ key: String, _ field: String) -> [String] {
            (contract[key] as? [[String: Any]] ?? []).map { (($0[field] as? [String: Any])?["value"] as? String) ?? "-" }
        }
    }

    static func parse(_ quirk: String) throws -> Fields {
        let result = try HetongBinary.run(["parse", HetongBinary.corpus + "/quirks/" + quirk])
        #expect(result.status == 0, "\(quirk): \(result.stderr)")
        let record = try #require(try JSONSerialization.jsonObject(with: result.stdout) as? [String: Any])
        return Fields(contract: try #require(record["contract"] as? [String: Any]))
    }

    @Test(arguments: ["quirk-filled-form.docx", "quirk-filled-form.pdf"])
    func aFilledFormReadsItsValuesAndLeavesItsBlanks(_ quirk: String) throws {
        let c = try Self.parse(quirk)
        #expect(c.party("party_a") == "某市水务集团有限公司")
        #expect(c.party("party_b") == "远帆信息技术有限公司")
        #expect(c.value("signing_date") == "2031-02-09")
        #expect(c.value("contract_number") == "JF-2031-0208")
        #expect(c.value("total_amount") == "2500000.00")
        #expect(c.list("installments", "percent") == ["30", "70"])
        // The bond's blank (人民币______元) and the penalty's blank (______%) are no values.
        #expect(c.contract["performance_bond"] is NSNull)
        #expect(c.list("penalties", "rate").isEmpty, "\(c.contract["penalties"] ?? "")")
        let period = try #require(c.contract["service_period"] as? [String: Any])
        #expect((period["start"] as? [String: Any])?["value"] as? String == "2031-03-01")
        #expect((period["end"] as? [String: Any])?["value"] as? String == "2032-02-28")
    }

    @Test func aContractSetInAOneColumnTableReadsLikeBodyText() throws {
        let c = try Self.parse("quirk-wps-one-table.docx")
        #expect(c.party("party_a") == "某市公共资源交易中心")
        #expect(c.value("total_amount") == "860000.00")
        #expect(c.list("installments", "percent") == ["30", "60", "10"])
        #expect(c.list("penalties", "rate") == ["0.1"])
    }

    @Test func theUntickedOptionIsNoTerm() throws {
        let c = try Self.parse("quirk-docx-checkboxes.docx")
        #expect(c.value("total_amount") == "420000.00")
        // ☑分期付款 40% + 60%; ☐一次性付款 100% is not read.
        #expect(c.list("installments", "percent") == ["40", "60"])
        let bond = try #require(c.contract["performance_bond"] as? [String: Any])
        #expect((bond["percent"] as? [String: Any])?["value"] as? String == "5")
    }
}
