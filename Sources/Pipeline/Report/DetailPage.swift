import ContractModel

/// One contract for a reviewer: key fields and findings beside the source text, every extracted value
/// and every finding's evidence highlighted at its span. Clicking a field or a finding scrolls to it.
enum DetailPage {
    static func render(_ record: ContractRecord, text: DocumentText?, indexLink: String = "../report.html") -> String {
        var highlights: [HTML.Highlight] = []
        var fieldRows: [String] = []
        var counter = 0

        func anchor(_ prefix: String) -> String { counter += 1; return "\(prefix)-\(counter)" }
        func row(_ label: String, _ value: String, _ span: Span?, kind: String = "field") {
            guard let span else {
                fieldRows.append("<tr><th>\(HTML.escape(label))</th><td>\(HTML.escape(value))</td></tr>")
                return
            }
            let id = anchor("v")
            highlights.append(.init(span: span, kind: kind, anchor: id, title: label))
            fieldRows.append("<tr><th>\(HTML.escape(label))</th><td><a class=\"jump\" href=\"#\(id)\" data-page=\"\(span.page)\">\(HTML.escape(value))</a> <span class=\"loc\">p.\(span.page)</span></td></tr>")
        }
        func unitLabel(_ unit: DurationUnit) -> String {
            switch unit {
            case .year: "年"
            case .month: "个月"
            case .week: "周"
            case .day: "日"
            case .workingDay: "个工作日"
            case .hour: "小时"
            case .minute: "分钟"
            }
        }
        func money(_ m: MoneyValue) -> String {
            var s = "¥" + m.value.grouped
            if let u = m.uppercase { s += "（\(u.text)）" }
            if m.readingsDisagree, let f = m.figures { s += " ≠ 小写 ¥\(f.value.grouped)" }
            return s
        }

        if let c = record.contract {
            if let v = c.title { row("合同名称", v.value, v.span) }
            if let v = c.contractNumber { row("合同编号", v.value, v.span) }
            if let v = c.projectName { row("项目名称", v.value, v.span) }
            if let p = c.partyA { row("甲方", p.name.value, p.name.span) }
            if let p = c.partyB { row("乙方", p.name.value, p.name.span) }
            if let v = c.signingDate { row("签订日期", v.value.description, v.span) }
            if let v = c.signingPlace { row("签订地点", v.value, v.span) }
            if let v = c.totalAmount { row("合同总价", money(v), v.span, kind: "field money") }
            for (i, v) in c.totalAmountStatements.enumerated() { row("总价（另处\(i + 1)）", money(v), v.span, kind: "field money") }
            if let v = c.amountExcludingTax { row("不含税金额", money(v), v.span, kind: "field money") }
            if let v = c.taxRate { row("税率", v.value.description + "%", v.span) }
            for inst in c.installments {
                var parts: [String] = []
                if let p = inst.percent { parts.append(p.value.description + "%") }
                if let a = inst.amount { parts.append(money(a)) }
                if let d = inst.dueDate { parts.append("于 " + d.value.description) }
                if let w = inst.dueWithin { parts.append("\(w.value)\(unitLabel(w.unit))内") }
                row("第\(inst.sequence)期付款", parts.joined(separator: "，"), inst.span, kind: "field installment")
            }
            if let b = c.performanceBond {
                let value = [b.kind, b.percent.map { $0.value.description + "%" }, b.amount.map(money)].compactMap { $0 }.joined(separator: "，")
                row("履约担保", value, b.span)
            }
            if let s = c.servicePeriod { row("服务期", s.text, s.span) }
            for (i, p) in c.penalties.enumerated() {
                let value = [p.trigger.value, p.rate.map { $0.text }, p.cap.map { "上限 " + $0.text }].compactMap { $0 }.joined(separator: "，")
                row("违约责任\(i + 1)", value, p.span, kind: "field penalty")
            }
        }
        // Every mention not already shown as a field is still highlighted, quieter.
        if let mentions = record.mentions {
            for m in mentions.amounts { highlights.append(.init(span: m.span, kind: "mention", anchor: anchor("m"), title: "金额 ¥\(m.value.grouped)")) }
            for p in mentions.percentages { highlights.append(.init(span: p.span, kind: "mention", anchor: anchor("m"), title: "比例 \(p.value)% (\(p.comparison.rawValue))")) }
            for d in mentions.dates { highlights.append(.init(span: d.span, kind: "mention", anchor: anchor("m"), title: "日期 \(d.value)")) }
            for i in mentions.invalid { highlights.append(.init(span: i.span, kind: "invalid", anchor: anchor("m"), title: "无法识别：\(i.reason)")) }
        }
        var findingItems: [String] = []
        for (i, finding) in record.findings.enumerated() {
            var ids: [String] = []
            for span in finding.spans {
                let id = "f\(i + 1)-\(ids.count + 1)"
                ids.append(id)
                highlights.append(.init(span: span, kind: "evidence \(finding.severity.rawValue)", anchor: id, title: finding.rule))
            }
            let target = ids.first.map { " href=\"#\($0)\"" } ?? ""
            let evidence = ids.count > 1 ? ids.dropFirst().enumerated().map { "<a class=\"jump\" href=\"#\($1)\">证据\($0 + 2)</a>" }.joined(separator: " ") : ""
            findingItems.append("""
            <li class="finding \(finding.severity.rawValue)"><a class="jump"\(target)><span class="sev">\(finding.severity.rawValue)</span> <code>\(HTML.escape(finding.rule))</code> \(HTML.escape(finding.message))</a> \(evidence)</li>
            """)
        }

        let title = record.contract?.title?.value ?? record.document.path
        var body = "<header><a href=\"\(indexLink)\">← 全部合同</a><h1>\(HTML.escape(title))</h1><p class=\"path\">\(HTML.escape(record.document.path)) · sha256 \(record.document.sha256.prefix(16))… · \(record.document.pages) 页</p></header>"
        if let error = record.error {
            body += "<p class=\"failed\">处理失败：<code>\(HTML.escape(error.code))</code> \(HTML.escape(error.message))</p>"
        }
        body += "<div class=\"split\"><aside><h2>发现的问题（\(record.findings.count)）</h2>"
        body += findingItems.isEmpty ? "<p class=\"none\">未发现不一致。</p>" : "<ol class=\"findings\">\(findingItems.joined())</ol>"
        if !record.document.warnings.isEmpty {
            body += "<h2>提取警告</h2><ul class=\"warnings\">" + record.document.warnings.map {
                "<li><code>\(HTML.escape($0.code.rawValue))</code>\($0.page.map { " 第\($0)页" } ?? "") \(HTML.escape($0.message))</li>"
            }.joined() + "</ul>"
        }
        body += "<h2>关键字段</h2><table class=\"fields\">\(fieldRows.joined())</table>"
        body += allFields(record) + "</aside>"
        body += "<main class=\"source\"><h2>原文</h2>"
        body += text.map { HTML.highlightedText($0, highlights) } ?? "<p class=\"none\">无原文。</p>"
        body += "</main></div>"
        return ReportStyle.page(title: title, body: body)
    }

    /// Every column of the record's `documents` row that has a value, from the record description:
    /// a field added to the record shows here without an edit to the report.
    static func allFields(_ record: ContractRecord) -> String {
        var rows = ""
        for column in RecordTables.documents {
            let value: String
            switch column.value(record) {
            case .null: continue
            case .text(let s), .decimal(let s): value = s
            case .integer(let n): value = String(n)
            case .boolean(let b): value = b ? "true" : "false"
            case .date(let d): value = d.description
            case .json(let bytes): value = String(decoding: bytes, as: UTF8.self)
            }
            rows += "<tr><th><code>\(HTML.escape(column.name))</code></th><td>\(HTML.escape(value))</td></tr>"
        }
        return "<details class=\"all-fields\"><summary>全部字段</summary><table class=\"fields\">\(rows)</table></details>"
    }
}
