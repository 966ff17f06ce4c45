import Testing
import ContractModel

/// The one numbering parser: every marker form, with its kind, numbers and end.
@Suite struct ClauseNumberTests {
    func parse(_ text: String) -> ClauseNumber? {
        let s = Array(text.unicodeScalars)
        return ClauseNumber.parse(s, from: 0, limit: s.count)
    }

    @Test(arguments: [
        ("第十二条 合同价款", ClauseNumber.Kind.article(unit: "条"), [12], 4),
        ("第 3 章 附则", .article(unit: "章"), [3], 5),
        ("第二部分 通用合同条件", .article(unit: "部分"), [2], 4),
        ("(三)付款方式", .parenthesized, [3], 3),
        ("（12）验收", .parenthesized, [12], 4),
        ("【2】服务内容", .parenthesized, [2], 3),
        ("①乙方应", .circled, [1], 1),
        ("⑽其他", .circled, [10], 1),
        ("Ⅲ、附件", .roman, [3], 2),
        ("一、总则", .chinese, [1], 2),
        ("十二.其他", .chinese, [12], 3),
        ("四 合同价款", .chinese, [4], 1),
        ("2、服务期限", .arabic, [2], 2),
        ("1)交货", .arabic, [1], 2),
        ("3.付款方式", .arabic, [3], 2),
        ("4.2 乙方", .decimal, [4, 2], 3),
        ("1.2.3乙方", .decimal, [1, 2, 3], 5),
    ])
    func markerForms(text: String, kind: ClauseNumber.Kind, numbers: [Int], end: Int) {
        let n = parse(text)
        #expect(n?.kind == kind, "\(text)")
        #expect(n?.numbers == numbers, "\(text)")
        #expect(n?.end == end, "\(text)")
    }

    @Test(arguments: ["1.5万元", "12.5%", "2020年", "3.14159", "第三者", "(一", "三个月", "十分", "1234、", "...", ""])
    func notMarkers(text: String) {
        let n = parse(text)
        // `1.5万元` is read as a decimal followed by a unit: stages refuse it with isUnitAfterDecimal.
        if let n, n.kind == .decimal, n.end < text.unicodeScalars.count {
            #expect(ClauseNumber.isUnitAfterDecimal(Array(text.unicodeScalars)[n.end]), "\(text)")
        } else {
            #expect(n == nil, "\(text)")
        }
    }

    @Test func neverReadsPastTheLimit() {
        let s = Array("第十二条".unicodeScalars)
        #expect(ClauseNumber.parse(s, from: 0, limit: 3) == nil)
        #expect(ClauseNumber.parse(s, from: 0, limit: 4)?.numbers == [12])
    }
}

@Suite struct ClauseNumberSpacedDotTests {
    @Test func aSubClauseNumberWithItsDotSpacedOut() {
        let s = Array("2. 2服务承诺".unicodeScalars)
        let n = ClauseNumber.parse(s, from: 0, limit: s.count)
        #expect(n?.kind == .decimal)
        #expect(n?.numbers == [2, 2])
        #expect(n?.dotEnd == 2)
    }
}
