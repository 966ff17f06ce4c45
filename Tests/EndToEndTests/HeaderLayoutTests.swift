import Foundation
import Testing

/// The seed contracts rendered under a running header in two parts (title left, project right) and under a
/// two-line header whose second line carries the page number: `hetong parse` reads the same 大写 amounts paired
/// with the same figures, and the same total, tax and installments, as from the DOCX (which has no page furniture
/// in its body). A header left in the body at a page break splits an amount from its figures.
@Suite struct HeaderLayoutTests {
    static let seeds = ["zongzhi-yunwei-2025", "yingji-yewu-yunwei-2022", "jingxin-pingtai-yunwei"]
    static let layouts = ["header-in-parts", "two-line-header"]
    static var cases: [String] { seeds.flatMap { seed in layouts.map { "\(seed)/\(seed)-\($0).pdf" } } }

    struct Reading: Equatable {
        /// 大写 text → figures value, for every amount written both ways.
        var pairs: [String: String]
        var total: String?
        var excludingTax: String?
        var taxRate: String?
        var installments: [String]
    }

    static func read(_ relative: String) throws -> Reading {
        let result = try HetongBinary.run(["parse", HetongBinary.corpus + "/contracts/" + relative])
        #expect(result.status == 0, "\(relative): \(result.stderr)")
        let record = try #require(try JSONSerialization.jsonObject(with: result.stdout) as? [String: Any])
        let mentions = try #require(record["mentions"] as? [String: Any])
        var pairs: [String: String] = [:]
        for amount in mentions["amounts"] as? [[String: Any]] ?? [] {
            guard let upper = amount["uppercase"] as? [String: Any], let figures = amount["figures"] as? [String: Any],
                  let text = upper["text"] as? String, let value = figures["value"] as? String else { continue }
            pairs[text] = value
        }
        let contract = try #require(record["contract"] as? [String: Any])
        func value(_ key: String) -> String? { (contract[key] as? [String: Any])?["value"] as? String }
        let installments = (contract["installments"] as? [[String: Any]] ?? []).map { item in
            ["percent", "amount"].map { ((item[$0] as? [String: Any])?["value"] as? String) ?? "-" }.joined(separator: "/")
        }
        return Reading(pairs: pairs, total: value("total_amount"), excludingTax: value("amount_excluding_tax"),
                       taxRate: value("tax_rate"), installments: installments)
    }

    @Test(arguments: HeaderLayoutTests.cases)
    func amountsPairAsInTheDOCX(_ rendering: String) throws {
        let seed = String(rendering.prefix { $0 != "/" })
        let docx = try Self.read("\(seed)/\(seed).docx")
        let pdf = try Self.read(rendering)
        #expect(!docx.pairs.isEmpty, "\(seed).docx: no 大写 amount paired with figures")
        #expect(pdf.pairs == docx.pairs, "\(rendering): pairs differ from the DOCX")
        #expect(docx.total != nil, "\(seed).docx: no total")
        #expect(pdf.total == docx.total, "\(rendering): total \(pdf.total ?? "nil")")
        #expect(pdf.excludingTax == docx.excludingTax && pdf.taxRate == docx.taxRate, "\(rendering): excluding tax, tax rate")
        #expect(pdf.installments == docx.installments, "\(rendering): \(pdf.installments) vs \(docx.installments)")
    }
}
