import ContractModel

/// Fields stated as `标签：值` lines: contract number, project name, title (合同名称), signing place
/// and signing date. A new template's wording is one more row in `labels`. The first non-empty
/// value in the document wins; an empty label (`合同编号：` left blank) gives null.
enum LabeledFieldRules {
    enum Field { case title, contractNumber, projectName, signingPlace, signingDate }

    static let labels: [String: Field] = [
        "合同名称": .title, "合同全称": .title,
        "合同编号": .contractNumber, "合同登记编号": .contractNumber, "合同号": .contractNumber,
        "编号": .contractNumber, "合同编码": .contractNumber, "采购合同编号": .contractNumber,
        "政府采购合同编号": .contractNumber, "甲方合同编号": .contractNumber, "合同序号": .contractNumber,
        "协议编号": .contractNumber, "协议号": .contractNumber, "契约编号": .contractNumber, "合约编号": .contractNumber,
        "协议名称": .title, "契约名称": .title,
        "项目名称": .projectName, "采购项目名称": .projectName, "项目全称": .projectName,
        "签订地点": .signingPlace, "签约地点": .signingPlace, "签署地点": .signingPlace,
        "合同签订地点": .signingPlace, "签订地址": .signingPlace, "合同签订地": .signingPlace, "签订地": .signingPlace,
        "签订日期": .signingDate, "签订时间": .signingDate, "签约日期": .signingDate, "签署日期": .signingDate,
        "签约时间": .signingDate, "签署时间": .signingDate, "合同签订日期": .signingDate, "签订日": .signingDate,
    ]

    /// The field a label names: the label as written, or without the item number in front of it (`七、合同签订日期`,
    /// `2.合同编号`); a signing date or place also under a longer name ending with its label (`合同签订时间`).
    static func field(of key: String) -> Field? {
        if let field = labels[key] { return field }
        let scalars = Array(key.unicodeScalars)
        let start = ClauseNumber.parse(scalars, from: 0, limit: scalars.count)?.end ?? 0
        let bare = String(String.UnicodeScalarView(scalars[start...].drop { $0 == " " || $0 == "\u{3000}" }))
        if !bare.isEmpty, let field = labels[bare] { return field }
        for suffix in suffixLabels where bare.hasSuffix(suffix) { return labels[suffix] }
        return nil
    }

    static let suffixLabels = ["签订日期", "签订时间", "签署日期", "签约日期", "签订地点", "签署地点", "签约地点"]

    /// Labels accepted for the signing date only in the signature block (after the body).
    static let signatureDateLabels: Set<String> = ["日期", "签字日期", "签章日期", "盖章日期", "时间"]

    static func apply(_ ctx: ParseContext, to contract: inout Contract) {
        var signatureDate: DateValue?
        for index in ctx.labeled.keys.sorted() {
            for pair in ctx.pairs(ofLine: index) {
                if let field = field(of: pair.key) {
                    fill(field, pair, line: index, ctx, &contract)
                } else if signatureDate == nil, signatureDateLabels.contains(pair.key) {
                    signatureDate = ctx.dates(in: pair.value).first { $0.precision == .day }
                }
            }
        }
        if contract.signingDate == nil { contract.signingDate = signatureDate }
    }

    private static func fill(_ field: Field, _ pair: LabelPair, line: Int, _ ctx: ParseContext, _ contract: inout Contract) {
        guard !pair.value.isEmpty else { return }
        switch field {
        case .title:
            if contract.title == nil { contract.title = TitleRule.continued(pair.value, line: line, ctx) }
        case .contractNumber:
            let code = codeExtent(pair.value, ctx)
            guard contract.contractNumber == nil, looksLikeCode(code, ctx), !ctx.isPlaceholder(code) else { return }
            contract.contractNumber = ctx.textValue(code)
        case .projectName:
            if contract.projectName == nil { contract.projectName = ctx.textValue(pair.value) }
        case .signingPlace:
            if contract.signingPlace == nil { contract.signingPlace = ctx.textValue(pair.value) }
        case .signingDate:
            // Only a whole date: `2025年 月 日` left blank in a form is no signing date.
            if contract.signingDate == nil { contract.signingDate = ctx.dates(in: pair.value).first { $0.precision == .day } }
        }
    }

    /// Opening and closing brackets a code may hold in pairs (`京采(2025)12号`, `〔2031〕`).
    static let openings: Set<Unicode.Scalar> = ["(", "[", "【", "〔", "「"]
    static let closings: Set<Unicode.Scalar> = [")", "]", "】", "〕", "」"]
    /// An annotation after the code (`(以下简称本合同)`, `(下稱系爭合約)`).
    static let annotations: [Word] = PartyRules.shortNameMarkers.filter { $0.scalars.first == "(" }.map { Word(String(String.UnicodeScalarView($0.scalars.dropFirst()))) }

    /// The code at the start of a label's value: up to a closing bracket it did not open (`…契約編號:12C-S003)(下稱…`
    /// inside a sentence) or an annotation in brackets (`HT-2031-007（以下简称本合同）`).
    static func codeExtent(_ r: Range<Int>, _ ctx: ParseContext) -> Range<Int> {
        var depth = 0
        for i in r {
            let c = ctx.s[i].canonical
            if openings.contains(c) {
                if annotations.contains(where: { ctx.s.matches($0, at: i + 1) }) { return ctx.trimmed(r.lowerBound..<i) }
                depth += 1
            } else if closings.contains(c) {
                if depth == 0 { return ctx.trimmed(r.lowerBound..<i) }
                depth -= 1
            }
        }
        return r
    }

    /// A contract number holds at least one ASCII letter or digit (`HT-2025-001`, `京采(2025)12号`);
    /// placeholders such as `________` or `/` do not.
    static func looksLikeCode(_ r: Range<Int>, _ ctx: ParseContext) -> Bool {
        ctx.s[r].contains { c in
            let k = c.canonical
            return k.isASCIIDigit || (k.isASCII && k.properties.isAlphabetic)
        }
    }
}
