import Testing
import ContractModel
@testable import Pipeline

/// The report's fast paths give what the plain ones gave.
@Suite struct ReportFastPathTests {
    static let samples = ["", "a", "\u{0C}", "\u{0C}\u{0C}", "甲方\u{0C}乙方", "\u{0C}首页\u{0C}", "<a href=\"x\">&'</a>",
                          "¥4,715,000.00元 𠀀😀 é\u{0}\u{7F}\u{80}\u{7FF}\u{800}\u{FFFF}\u{10000}"]

    @Test func escapingScalarsIsEscapingTheirString() {
        for sample in Self.samples {
            let scalars = Array(sample.unicodeScalars)
            for start in 0...scalars.count {
                let slice = scalars[start...]
                #expect(HTML.escape(slice) == HTML.escape(String(String.UnicodeScalarView(slice))), "\(sample) from \(start)")
            }
        }
    }

    @Test func printedTextSplitsLikePages() {
        for sample in Self.samples {
            let pages = sample.split(separator: "\u{0C}", omittingEmptySubsequences: false).map(String.init)
            #expect(DocumentText(printed: sample) == DocumentText(pages: pages), "\(sample.debugDescription)")
        }
    }
}

/// The detail page lists every field of the record's `documents` row (from the record description).
@Suite struct DetailPageAllFieldsTests {
    @Test func everyColumnOfTheFullExampleIsShown() {
        let page = DetailPage.render(RecordExample.full, text: nil)
        for column in RecordTables.documents {
            #expect(page.contains("<code>\(column.name)</code>"), "\(column.name)")
        }
        #expect(page.contains("<th><code>party_b_legal_representative</code></th><td>李四</td>"))
        #expect(page.contains("<th><code>party_b_name</code></th><td>上海&quot;引号&quot;\\有限公司</td>"), "escaped")
    }
}
