import Testing
import Foundation
import ContractModel
import ChineseNumbers

/// The three real contracts of ../shared/seeds, read raw (not normalized: spaces between CJK and
/// digits, full-width brackets and ￥ left in), which the scanner must read anyway. Read from their
/// byte-for-byte copies committed in Corpus/contracts/NAME/source.txt, so that the tests do not
/// depend on where the repository is cloned.
enum Seeds {
    static let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()
    static let corpusName = ["000_9fb00753f40daf59.txt": "zongzhi-yunwei-2025", "001_c648c82cf455f662.txt": "yingji-yewu-yunwei-2022",
                             "002_0ad458b6bd88bf67.txt": "jingxin-pingtai-yunwei"]

    static func text(_ name: String) throws -> String {
        let folder = try #require(corpusName[name], "no Corpus copy of seed \(name)")
        return try String(contentsOf: repository.appendingPathComponent("Corpus/contracts/\(folder)/source.txt"), encoding: .utf8)
    }

    static let names = ["000_9fb00753f40daf59.txt", "001_c648c82cf455f662.txt", "002_0ad458b6bd88bf67.txt"]
}

@Suite struct SeedTests {
    /// Every 大写 amount of each seed, read by a person, with its value in fen.
    static let uppercase: [String: [(String, Int64)]] = [
        "000_9fb00753f40daf59.txt": [
            ("肆佰柒拾壹万伍仟元 整", 471_500_000), ("肆佰肆拾肆万捌仟壹佰壹拾叁元贰角壹分", 444_811_321),
            ("贰佰捌拾贰万玖仟元整", 282_900_000), ("肆拾柒万壹仟伍佰元整", 47_150_000),
            ("壹佰肆拾壹万肆仟伍佰元整", 141_450_000), ("肆拾柒万壹仟伍佰元整", 47_150_000),
        ],
        "001_c648c82cf455f662.txt": [("叁佰玖拾万元整", 390_000_000)],
        "002_0ad458b6bd88bf67.txt": [
            ("叁佰贰拾柒万捌仟元整", 327_800_000), ("贰佰贰拾玖万肆仟陆佰元整", 229_460_000),
            ("玖拾捌万叁仟肆佰元整", 98_340_000), ("叁拾贰万柒仟捌佰元整", 32_780_000),
        ],
    ]

    @Test(arguments: Seeds.names) func everyUppercaseAmountIsFoundPairedAndRight(_ name: String) throws {
        let raw = try Seeds.text(name)
        let m = MentionScanner.scan(DocumentText(printed: raw))
        let found = m.amounts.compactMap { a in a.uppercase.map { ($0.text, $0.value.fen) } }
        let expected = Self.uppercase[name] ?? []
        #expect(found.map(\.0) == expected.map(\.0))
        #expect(found.map(\.1) == expected.map(\.1))
        // In these contracts every 大写 amount is stated in figures too, and they agree.
        for a in m.amounts where a.uppercase != nil {
            #expect(a.figures != nil, "unpaired: \(a.uppercase!.text)")
            #expect(!a.readingsDisagree, "\(a)")
        }
        #expect(m.invalid.filter { $0.kind == .money }.isEmpty, "\(m.invalid)")
        // An independent look: every run of capital numerals ending in a money word is one of them.
        let pattern = try NSRegularExpression(pattern: "[壹贰叁肆伍陆柒捌玖拾佰仟][零壹贰叁肆伍陆柒捌玖拾佰仟万亿\\s]*[元角分](?:\\s*零?[壹贰叁肆伍陆柒捌玖][角分])*")
        let ns = raw as NSString
        let regexCount = pattern.numberOfMatches(in: raw, range: NSRange(location: 0, length: ns.length))
        #expect(regexCount == expected.count)
    }

    /// Every percentage (figures with %, ‰ or LaTeX \%, and 百分之…) found with its value, in order.
    @Test(arguments: Seeds.names) func everyPercentageIsFound(_ name: String) throws {
        let raw = try Seeds.text(name)
        let m = MentionScanner.scan(DocumentText(printed: raw))
        let figures = try NSRegularExpression(pattern: "(\\d+(?:\\.\\d+)?)\\s*\\\\?([%％‰])|百分之([一二三四五六七八九十])")
        let ns = raw as NSString
        var expected: [(Int, FixedDecimal)] = []
        for match in figures.matches(in: raw, range: NSRange(location: 0, length: ns.length)) {
            let position = (ns.substring(to: match.range.location) as String).unicodeScalars.count
            if match.range(at: 1).location != NSNotFound {
                let number = FixedDecimal(ns.substring(with: match.range(at: 1)))!
                let perMille = ns.substring(with: match.range(at: 2)) == "‰"
                expected.append((position, perMille ? FixedDecimal(units: number.units, scale: number.scale + 1) : number))
            } else {
                expected.append((position, FixedDecimal(units: ChineseNumeral.integer(ns.substring(with: match.range(at: 3)))!)))
            }
        }
        #expect(expected.count > 0)
        #expect(m.percentages.map(\.span.start) == expected.map(\.0))
        #expect(m.percentages.map(\.value) == expected.map(\.1))
    }

    @Test func seedComparisonsAndDates() throws {
        let m1 = MentionScanner.scan(DocumentText(printed: try Seeds.text("001_c648c82cf455f662.txt")))
        let bracketed = m1.percentages.filter { $0.value == FixedDecimal(40) || $0.value == FixedDecimal(28) }
        #expect(bracketed.map(\.comparison) == [.exact, .atLeast])
        #expect(m1.percentages.filter { $0.value == FixedDecimal(units: 999, scale: 1) }.map(\.comparison) == [.atLeast])
        #expect(m1.dates.contains { $0.value == CalendarDate(year: 2022, month: 7, day: 12) })
        #expect(m1.durations.contains { $0.value == FixedDecimal(12) && $0.unit == .month })

        let m2 = MentionScanner.scan(DocumentText(printed: try Seeds.text("002_0ad458b6bd88bf67.txt")))
        #expect(m2.percentages.filter { $0.text == "99.9%" }.map(\.comparison) == [.greaterThan, .lessThan, .lessThan])
        #expect(m2.amounts.contains { $0.value == Money(fen: 35_000_000) && $0.figures?.text == "35 万元" })
        #expect(m2.durations.contains { $0.text == "一年" && $0.unit == .year })

        let m0 = MentionScanner.scan(DocumentText(printed: try Seeds.text("000_9fb00753f40daf59.txt")))
        #expect(m0.percentages.contains { $0.text == "5‰" && $0.value == FixedDecimal(units: 5, scale: 1) })
        #expect(m0.durations.filter { $0.unit == .workingDay }.count >= 5)
        // `7×24h` is a service window, `24 小时值守` a duration.
        let scalars0 = DocumentText(printed: try Seeds.text("000_9fb00753f40daf59.txt")).scalars
        #expect(!m0.durations.contains { scalars0[$0.span.start - 1] == "×" })
        #expect(m0.durations.contains { $0.text == "24 小时" })
    }
}
