import Foundation
import Testing
import ContractModel
@testable import Pipeline

/// The report is rendered by a real browser (headless Chromium) and checked by what it shows.
@Suite struct ReportTests {
    static let seedText: DocumentText = {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        let seed = root.appendingPathComponent("Corpus/contracts/zongzhi-yunwei-2025/source.txt")  // seed 000, byte for byte
        let raw = (try? String(contentsOf: seed, encoding: .utf8)) ?? ""
        // Two pages, so page sections and page-crossing offsets are exercised.
        let scalars = Array(raw.unicodeScalars)
        let half = scalars.count / 2
        return DocumentText(pages: [String(String.UnicodeScalarView(scalars[..<half])), String(String.UnicodeScalarView(scalars[half...]))])
    }()

    /// Span of the first occurrence of `needle` in `text`.
    static func span(of needle: String, in text: DocumentText) -> Span {
        let n = Array(needle.unicodeScalars)
        let s = text.scalars
        for i in stride(from: 0, through: s.count - n.count, by: 1) where Array(s[i..<(i + n.count)]) == n {
            return text.span(i, i + n.count)
        }
        Issue.record("\(needle) not in text")
        return Span(page: 1, start: 0, end: 0)
    }

    static func record(_ text: DocumentText) -> ContractRecord {
        let totalSpan = span(of: "肆佰柒拾壹万伍仟元", in: text)
        let firstSpan = span(of: "贰佰捌拾贰万玖仟元整", in: text)
        var contract = Contract()
        contract.title = TextValue(value: "综治中心信息系统运行维护费 <采购合同>", span: span(of: "综治中心信息系统运行维护费", in: text))
        contract.totalAmount = MoneyValue(value: Money(yuan: 4_715_000), span: totalSpan,
                                          uppercase: MoneyReading(text: "肆佰柒拾壹万伍仟元", value: Money(yuan: 4_715_000), span: totalSpan))
        contract.installments = [Installment(sequence: 1, percent: PercentValue(value: FixedDecimal(60), text: "60%", span: firstSpan),
                                             amount: MoneyValue(value: Money(yuan: 2_829_000), span: firstSpan), span: firstSpan)]
        let finding = Finding(rule: "installment_percent_sum", severity: .error,
                              message: "分期付款比例合计 60%，不足 100%（差 40%）", fields: ["contract.installments"],
                              spans: [firstSpan, totalSpan])
        return ContractRecord(document: .init(path: "/corpus/综治 合同.pdf", sha256: "9fb00753f40daf59", format: .pdf, pages: 2),
                              contract: contract, findings: [finding])
    }

    static func chromium(_ arguments: [String]) throws -> String {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/chromium")
        process.arguments = ["--headless", "--no-sandbox", "--disable-gpu", "--no-first-run", "--allow-file-access-from-files",
                             "--user-data-dir=\(FileManager.default.temporaryDirectory.path)/hetong-chromium-\(UUID().uuidString)",
                             "--virtual-time-budget=2000"] + arguments
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = FileHandle.nullDevice
        try process.run()
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return String(decoding: data, as: UTF8.self)
    }

    static func outputDirectory() throws -> URL {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("hetong-report-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        return dir
    }

    @Test func highlightsCoverExactlyTheSpannedText() {
        let text = DocumentText(pages: ["甲方<A>：一二三", "四五六"])
        let html = HTML.highlightedText(text, [
            .init(span: Span(page: 1, start: 0, end: 2), kind: "field", anchor: "a1", title: "甲方"),
            .init(span: Span(page: 1, start: 1, end: 9), kind: "evidence error", anchor: "f1-1", title: "rule"),
        ])
        #expect(html.contains("<mark class=\"field\" id=\"a1\" title=\"甲方\">甲</mark>"))
        #expect(html.contains("<mark class=\"evidence error field\" id=\"f1-1\""))
        #expect(html.contains("&lt;A&gt;"))
        #expect(html.contains("<section class=\"page\" id=\"page-2\">"))
        #expect(!html.contains("\u{0C}"))
    }

    @Test func detailPageInChromiumShowsFieldsFindingsAndJumpsToEvidence() throws {
        let dir = try Self.outputDirectory()
        let writer = try ReportWriter(directory: dir)
        let record = Self.record(Self.seedText)
        let row = try writer.writeDetail(record, text: Self.seedText)
        try writer.writeIndex([row])
        let page = dir.appendingPathComponent(row.link)

        let dom = try Self.chromium(["--dump-dom", page.absoluteString + "#f1-2"])
        #expect(dom.contains("installment_percent_sum"))
        #expect(dom.contains("分期付款比例合计 60%"))
        #expect(dom.contains("¥4,715,000.00"))
        #expect(dom.contains("综治中心信息系统运行维护费 &lt;采购合同&gt;"))
        // The script ran in the browser: the evidence named in the URL is focused.
        #expect(dom.range(of: #"id="f1-2"[^>]*data-focused="true""#, options: .regularExpression) != nil
                || dom.range(of: #"data-focused="true"[^>]*id="f1-2""#, options: .regularExpression) != nil)
        // Every highlighted evidence span holds the exact text of its span.
        #expect(dom.range(of: #"id="f1-1"[^>]*>贰佰捌拾贰万玖仟元整</mark>"#, options: .regularExpression) != nil)

        let screenshot = dir.appendingPathComponent("detail.png")
        _ = try Self.chromium(["--screenshot=\(screenshot.path)", "--window-size=1400,900", page.absoluteString + "#f1-1"])
        let size = (try? FileManager.default.attributesOfItem(atPath: screenshot.path)[.size] as? Int) ?? 0
        #expect(size > 20_000, "screenshot of the detail page missing or blank")
    }

    @Test func indexPageInChromiumSummarisesAndLinks() throws {
        let dir = try Self.outputDirectory()
        let writer = try ReportWriter(directory: dir)
        let good = try writer.writeDetail(Self.record(Self.seedText), text: Self.seedText)
        let bad = try writer.writeDetail(ContractRecord(status: .error, document: .init(path: "/corpus/locked.pdf", sha256: "00"),
                                                        error: .init(code: "encrypted", message: "需要密码")), text: nil)
        try writer.writeIndex([bad, good])
        let dom = try Self.chromium(["--dump-dom", dir.appendingPathComponent("report.html").absoluteString])
        #expect(dom.contains("<b>2</b>文档"))
        #expect(dom.contains("<b>1</b>失败"))
        #expect(dom.contains("<code>encrypted</code>"))
        #expect(dom.contains("installment_percent_sum"))
        #expect(dom.contains("href=\"\(good.link)\""))
        #expect(dom.contains("data-sort=\"471500000\""))
        // Rows sorted by path: 综治 after locked.
        let first = try #require(dom.range(of: "locked.pdf"))
        let second = try #require(dom.range(of: "综治 合同.pdf"))
        #expect(first.lowerBound < second.lowerBound)
    }
}
