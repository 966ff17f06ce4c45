import Testing
import Foundation
import ContractModel
@testable import Pipeline

/// Golden tests: every rendering of every Corpus contract (its TXT source.txt, the DOCX and the PDF
/// made from it) run through the whole pipeline (extraction, normalization, mentions, clause rules)
/// and compared field by field with Corpus/contracts/NAME/expected.json, whose values were read in
/// the contract by hand (Corpus/README.md). One expected file serves all three renderings: the
/// fields of a contract do not depend on the file format it arrives in. Texts are compared without
/// whitespace (the expected values keep the source's spacing, parsed values are read from
/// normalized text); a condition or a trigger may say more than the expected phrase but must
/// contain it.
@Suite struct CorpusGoldenTests {
    static let contracts = ScannedCorpus.repository.appendingPathComponent("Corpus/contracts")

    static var names: [String] {
        let all = (try? FileManager.default.contentsOfDirectory(atPath: contracts.path)) ?? []
        return all.filter { FileManager.default.fileExists(atPath: contracts.appendingPathComponent("\($0)/expected.json").path) }.sorted()
    }

    /// The three renderings every contract folder has: `source.txt`, `NAME.docx`, `NAME.pdf`.
    static var standardRenderings: [String] {
        names.flatMap { ["\($0)/source.txt", "\($0)/\($0).docx", "\($0)/\($0).pdf"] }
    }

    /// Every rendering in the folders: the three above and the other layouts (`NAME-header-in-parts.pdf`, …).
    static var renderings: [String] {
        names.flatMap { name in
            let files = (try? FileManager.default.contentsOfDirectory(atPath: contracts.appendingPathComponent(name).path)) ?? []
            return (["source.txt"] + files.filter { $0.hasSuffix(".pdf") || $0.hasSuffix(".docx") }.sorted()).map { "\(name)/\($0)" }
        }
    }

    @Test func everyContractHasAGoldenAndThreeRenderings() {
        #expect(Set(Self.names).isSuperset(of: ScannedCorpus.names))
        for rendering in Self.standardRenderings {
            #expect(FileManager.default.fileExists(atPath: Self.contracts.appendingPathComponent(rendering).path), "\(rendering)")
        }
    }

    @Test(arguments: CorpusGoldenTests.renderings)
    func fieldsMatch(rendering: String) throws {
        let name = String(rendering.prefix { $0 != "/" })
        let data = try Data(contentsOf: Self.contracts.appendingPathComponent("\(name)/expected.json"))
        let expected = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])["contract"] as? [String: Any]
        let e = try #require(expected)
        let record = DocumentProcessor.process(path: Self.contracts.appendingPathComponent(rendering).path,
                                               options: ProcessingOptions(ocr: .never)).record
        #expect(record.status == .ok, "\(record.error?.message ?? "")")
        let c = try #require(record.contract)
        var d = Diff(document: rendering)

        d.text("title", e["title"], c.title?.value)
        d.text("contract_number", e["contract_number"], c.contractNumber?.value)
        d.text("project_name", e["project_name"], c.projectName?.value)
        for (key, party) in [("party_a", c.partyA), ("party_b", c.partyB)] {
            let p = e[key] as? [String: Any]
            d.present(key, p, party)
            guard let p, let party else { continue }
            d.text("\(key).name", p["name"], party.name.value)
            d.text("\(key).legal_representative", p["legal_representative"], party.legalRepresentative?.value)
            d.text("\(key).address", p["address"], party.address?.value)
            d.text("\(key).phone", p["phone"], party.phone?.value)
        }
        d.text("signing_date", e["signing_date"], c.signingDate?.value.description)
        d.text("signing_place", e["signing_place"], c.signingPlace?.value)
        d.text("total_amount", e["total_amount"], c.totalAmount?.value.description)
        d.text("amount_excluding_tax", e["amount_excluding_tax"], c.amountExcludingTax?.value.description)
        d.text("tax_rate", e["tax_rate"], c.taxRate?.value.description)
        d.bool("tax_included", e["tax_included"], c.taxIncluded)

        let installments = e["installments"] as? [[String: Any]] ?? []
        d.count("installments", installments.count, c.installments.count)
        for (i, (x, y)) in zip(installments, c.installments).enumerated() {
            let k = "installments[\(i)]"
            d.number("\(k).sequence", x["sequence"], y.sequence)
            d.text("\(k).percent", x["percent"], y.percent?.value.description)
            d.text("\(k).amount", x["amount"], y.amount?.value.description)
            d.contains("\(k).condition", x["condition"], y.condition?.value)
            d.text("\(k).due_date", x["due_date"], y.dueDate?.value.description)
            d.quantity("\(k).due_within", x["due_within"], y.dueWithin)
        }

        let bond = e["performance_bond"] as? [String: Any]
        d.present("performance_bond", bond, c.performanceBond)
        if let bond, let b = c.performanceBond {
            d.text("performance_bond.kind", bond["kind"], b.kind)
            d.text("performance_bond.percent", bond["percent"], b.percent?.value.description)
            d.text("performance_bond.amount", bond["amount"], b.amount?.value.description)
        }

        let period = e["service_period"] as? [String: Any]
        d.present("service_period", period, c.servicePeriod)
        if let period, let s = c.servicePeriod {
            d.number("service_period.months", period["months"], s.months)
            d.number("service_period.days", period["days"], s.days)
            d.text("service_period.start", period["start"], s.start?.value.description)
            d.text("service_period.end", period["end"], s.end?.value.description)
            d.bool("service_period.starts_at_signing", period["starts_at_signing"], s.startsAtSigning)
        }

        let penalties = e["penalties"] as? [[String: Any]] ?? []
        d.count("penalties", penalties.count, c.penalties.count)
        for (i, (x, y)) in zip(penalties, c.penalties).enumerated() {
            let k = "penalties[\(i)]"
            d.text("\(k).party", x["party"], y.party.rawValue)
            d.contains("\(k).trigger", x["trigger"], y.trigger.value)
            d.text("\(k).rate", x["rate"], y.rate?.value.description)
            d.text("\(k).per", x["per"], y.per?.rawValue)
            d.text("\(k).base", x["base"], y.base)
            d.text("\(k).cap", x["cap"], y.cap?.value.description)
            d.text("\(k).fixed_amount", x["fixed_amount"], y.fixedAmount?.value.description)
            d.quantity("\(k).grace", x["grace"], y.grace)
        }
        #expect(d.differences.isEmpty, Comment(rawValue: "\(name):\n" + d.differences.joined(separator: "\n")))
    }
}

/// Field-by-field comparison that lists every difference (checks run all and report all).
struct Diff {
    let document: String
    var differences: [String] = []

    static func squeeze(_ s: String) -> String { s.filter { !$0.isWhitespace } }

    mutating func text(_ field: String, _ expected: Any?, _ actual: String?) {
        let e = expected as? String
        if e.map(Diff.squeeze) != actual.map(Diff.squeeze) { differences.append("\(field): expected \(e ?? "null"), got \(actual ?? "null")") }
    }

    mutating func contains(_ field: String, _ expected: Any?, _ actual: String?) {
        let e = expected as? String
        switch (e, actual) {
        case (nil, nil): return
        case let (e?, a?) where Diff.squeeze(a).contains(Diff.squeeze(e)): return
        default: differences.append("\(field): expected a text containing \(e ?? "null"), got \(actual ?? "null")")
        }
    }

    mutating func number(_ field: String, _ expected: Any?, _ actual: Int?) {
        let e = (expected as? NSNumber)?.intValue
        if e != actual { differences.append("\(field): expected \(e.map(String.init) ?? "null"), got \(actual.map(String.init) ?? "null")") }
    }

    mutating func bool(_ field: String, _ expected: Any?, _ actual: Bool?) {
        let e = (expected as? NSNumber)?.boolValue
        if e != actual { differences.append("\(field): expected \(e.map { "\($0)" } ?? "null"), got \(actual.map { "\($0)" } ?? "null")") }
    }

    mutating func quantity(_ field: String, _ expected: Any?, _ actual: Quantity?) {
        let e = expected as? [String: Any]
        let ev = (e?["value"] as? NSNumber).map { FixedDecimal(units: Int64($0.intValue)) } ?? (e?["value"] as? String).flatMap { FixedDecimal($0) }
        let eu = e?["unit"] as? String
        if ev != actual?.value || eu != actual?.unit.rawValue {
            differences.append("\(field): expected \(ev.map { "\($0)" } ?? "null") \(eu ?? ""), got \(actual.map { "\($0.value) \($0.unit.rawValue)" } ?? "null")")
        }
    }

    mutating func count(_ field: String, _ expected: Int, _ actual: Int) {
        if expected != actual { differences.append("\(field): expected \(expected) entries, got \(actual)") }
    }

    mutating func present<E, A>(_ field: String, _ expected: E?, _ actual: A?) {
        if (expected == nil) != (actual == nil) {
            differences.append("\(field): expected \(expected == nil ? "null" : "a value"), got \(actual == nil ? "null" : "a value")")
        }
    }
}
