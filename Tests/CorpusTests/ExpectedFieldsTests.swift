import Foundation
import Testing

/// A guard on the hand-written Corpus/contracts/*/expected.json: every text value is found in the seed text, every
/// amount is written there in figures, the payment plan adds up. (The golden comparison with `hetong parse` output
/// lives with the clause grammar tests.)
@Suite struct ExpectedFieldsTests {
    static var seeds: [CorpusDocument] { CorpusManifest.seedRenderings.filter { $0.format == "txt" } }

    struct Expected {
        let contract: [String: Any]
        let sourceKey: [Unicode.Scalar]
        let source: String

        init(_ document: CorpusDocument) throws {
            let folder = URL(fileURLWithPath: document.url.path).deletingLastPathComponent()
            let data = try Data(contentsOf: folder.appendingPathComponent("expected.json"))
            let root = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
            #expect(root["expected_format"] as? Int == 1)
            contract = try #require(root["contract"] as? [String: Any])
            source = try document.read(try #require(document.source))
            sourceKey = ComparisonKey.of(source)
        }

        func inSource(_ text: String) -> Bool {
            CorpusText.occurrences(of: ComparisonKey.of(text), in: sourceKey) > 0
        }

        /// "4715000.00" → "4,715,000.00" as the contracts write figures.
        static func grouped(_ money: String) -> String {
            let parts = money.split(separator: ".")
            var digits = Array(parts[0]), out: [Character] = []
            while digits.count > 3 { out.insert(contentsOf: [","] + digits.suffix(3), at: 0); digits.removeLast(3) }
            return String(digits + out) + "." + parts[1]
        }
    }

    @Test(arguments: Self.seeds)
    func textValuesAreInTheSource(_ document: CorpusDocument) throws {
        let expected = try Expected(document)
        let c = expected.contract
        var texts: [String] = ["title", "contract_number", "project_name", "signing_place"].compactMap { c[$0] as? String }
        for key in ["party_a", "party_b"] {
            let party = try #require(c[key] as? [String: Any])
            texts += ["name", "legal_representative", "address", "phone"].compactMap { party[$0] as? String }
        }
        texts += (c["installments"] as? [[String: Any]] ?? []).compactMap { $0["condition"] as? String }
        texts += (c["penalties"] as? [[String: Any]] ?? []).compactMap { $0["trigger"] as? String }
        #expect(texts.count >= 8)
        for text in texts {
            #expect(expected.inSource(text), "\(document.source ?? ""): '\(text)' is not in the source")
        }
    }

    @Test(arguments: Self.seeds)
    func amountsAreWrittenInFiguresAndAddUp(_ document: CorpusDocument) throws {
        let expected = try Expected(document)
        let c = expected.contract
        let installments = c["installments"] as? [[String: Any]] ?? []
        var amounts = ["total_amount", "amount_excluding_tax"].compactMap { c[$0] as? String }
        amounts += installments.compactMap { $0["amount"] as? String }
        amounts += [(c["performance_bond"] as? [String: Any])?["amount"] as? String].compactMap { $0 }
        for amount in amounts {
            #expect(amount.wholeMatch(of: /\d+\.\d\d/) != nil, "\(amount) is not a two-decimal string")
            #expect(expected.source.contains(Expected.grouped(amount)), "\(Expected.grouped(amount)) not in the source")
        }
        let total = try #require(c["total_amount"] as? String)
        let parts = installments.compactMap { $0["amount"] as? String }
        if parts.count == installments.count, !parts.isEmpty {
            let fen = parts.map { Int($0.replacingOccurrences(of: ".", with: ""))! }.reduce(0, +)
            #expect(fen == Int(total.replacingOccurrences(of: ".", with: "")), "installments do not add up to \(total)")
        }
        let percents = installments.compactMap { $0["percent"] as? String }
        if percents.count == installments.count, !percents.isEmpty {
            #expect(percents.compactMap { Int($0) }.reduce(0, +) == 100)
        }
        #expect(installments.map { $0["sequence"] as? Int } == Array(1...max(1, installments.count)).prefix(installments.count).map { $0 })
    }

    @Test(arguments: Self.seeds)
    func signingDateIsWrittenInTheSource(_ document: CorpusDocument) throws {
        let expected = try Expected(document)
        let date = try #require(expected.contract["signing_date"] as? String)
        let p = date.split(separator: "-").map { String(Int($0)!) }
        let forms = ["\(p[0]).\(p[1]).\(p[2])", "\(p[0])年\(p[1])月\(p[2])日"]
        #expect(forms.contains { expected.inSource($0) }, "\(date) not written in the source as \(forms)")
    }
}
