import ContractModel

/// What the index page needs of one document: small, so a batch of tens of thousands of documents can
/// keep all of them in memory while the detail pages are written as documents finish.
public struct ReportRow: Sendable, Hashable {
    public var path: String
    public var link: String
    public var title: String?
    public var partyA: String?
    public var partyB: String?
    public var total: Money?
    public var status: ContractRecord.Status
    public var errorCode: String?
    public var errorMessage: String?
    public var findings: [Finding.Severity: Int]
    public var findingsByRule: [String: Int]
    public var warnings: Int

    public init(_ record: ContractRecord, link: String) {
        path = record.document.path
        self.link = link
        title = record.contract?.title?.value ?? record.contract?.projectName?.value
        partyA = record.contract?.partyA?.name.value
        partyB = record.contract?.partyB?.name.value
        total = record.contract?.totalAmount?.value
        status = record.status
        errorCode = record.error?.code
        errorMessage = record.error?.message
        var bySeverity: [Finding.Severity: Int] = [:]
        var byRule: [String: Int] = [:]
        for f in record.findings {
            bySeverity[f.severity, default: 0] += 1
            byRule["\(f.rule)|\(f.severity.rawValue)", default: 0] += 1
        }
        findings = bySeverity
        findingsByRule = byRule
        warnings = record.document.warnings.count
    }
}

/// The batch overview: summary cards, failures by code, findings by rule and severity, and a table of
/// contracts sortable by total and by number of findings, each linking to its detail page.
enum IndexPage {
    static func render(_ rows: [ReportRow]) -> String {
        let failed = rows.filter { $0.status == .error }
        var byCode: [String: Int] = [:]
        for r in failed { byCode[r.errorCode ?? "unknown", default: 0] += 1 }
        var byRule: [String: Int] = [:]
        for r in rows { for (k, v) in r.findingsByRule { byRule[k, default: 0] += v } }
        let errors = rows.reduce(0) { $0 + ($1.findings[.error] ?? 0) }
        let warnings = rows.reduce(0) { $0 + ($1.findings[.warning] ?? 0) }

        var body = "<header><h1>hetong 合同审阅报告</h1></header><div class=\"summary\">"
        body += card("文档", rows.count) + card("成功", rows.count - failed.count) + card("失败", failed.count)
        body += card("错误级问题", errors) + card("警告级问题", warnings) + "</div>"

        body += "<h2>失败原因</h2>"
        if byCode.isEmpty { body += "<p class=\"none\">全部文档处理成功。</p>" } else {
            body += "<table id=\"failures\"><thead><tr><th>错误代码</th><th>文档数</th></tr></thead><tbody>"
            for (code, n) in byCode.sorted(by: { ($0.value, $1.key) > ($1.value, $0.key) }) {
                body += "<tr><td><code>\(HTML.escape(code))</code></td><td class=\"num\">\(n)</td></tr>"
            }
            body += "</tbody></table>"
        }
        body += "<h2>问题（按规则）</h2>"
        if byRule.isEmpty { body += "<p class=\"none\">未发现不一致。</p>" } else {
            body += "<table id=\"rules\"><thead><tr><th>规则</th><th>级别</th><th>次数</th></tr></thead><tbody>"
            for (key, n) in byRule.sorted(by: { $0.key < $1.key }) {
                let parts = key.split(separator: "|", maxSplits: 1).map(String.init)
                body += "<tr class=\"\(parts[1])\"><td><code>\(HTML.escape(parts[0]))</code></td><td><span class=\"sev\">\(parts[1])</span></td><td class=\"num\">\(n)</td></tr>"
            }
            body += "</tbody></table>"
        }

        body += "<h2>合同</h2><table id=\"contracts\"><thead><tr><th class=\"sortable\">文件</th><th class=\"sortable\">合同名称</th><th>甲方</th><th>乙方</th><th class=\"sortable\">合同总价</th><th class=\"sortable\">错误</th><th class=\"sortable\">警告</th><th>状态</th></tr></thead><tbody>"
        for r in rows {
            // The file and its folder: corpora hold many `source.txt` / `合同.pdf`.
            let name = r.path.split(separator: "/").suffix(2).joined(separator: "/")
            let total = r.total.map { "¥" + $0.grouped } ?? "—"
            let e = r.findings[.error] ?? 0, w = r.findings[.warning] ?? 0
            let status = r.status == .ok ? "成功" : "失败 <code>\(HTML.escape(r.errorCode ?? ""))</code>"
            body += "<tr class=\"\(r.status.rawValue)\"><td data-sort=\"\(HTML.escape(name))\"><a href=\"\(HTML.escape(r.link))\" title=\"\(HTML.escape(r.path))\">\(HTML.escape(name))</a></td>"
            body += "<td data-sort=\"\(HTML.escape(r.title ?? ""))\">\(HTML.escape(r.title ?? "—"))</td><td>\(HTML.escape(r.partyA ?? "—"))</td><td>\(HTML.escape(r.partyB ?? "—"))</td>"
            body += "<td class=\"num\" data-sort=\"\(r.total?.fen ?? -1)\">\(total)</td><td class=\"num\" data-sort=\"\(e)\">\(e)</td><td class=\"num\" data-sort=\"\(w)\">\(w)</td><td>\(status)</td></tr>"
        }
        body += "</tbody></table>"
        return ReportStyle.page(title: "合同审阅报告", body: body)
    }

    private static func card(_ label: String, _ n: Int) -> String { "<div class=\"card\"><b>\(n)</b>\(label)</div>" }
}
