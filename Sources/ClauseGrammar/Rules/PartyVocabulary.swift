/// Words that name the two parties and the labels of their details. One row per template wording.
enum PartyVocabulary {
    enum Side {
        case a, b
        var other: Side { self == .a ? .b : .a }
    }
    enum Detail { case legalRepresentative, address, phone, other }

    /// Role words (the label without decorations such as `(盖章)` or a trailing `方`).
    static let roles: [String: Side] = Vocabulary.partyRoles

    /// First scalars of the role words (and opening brackets): a label starting otherwise names no party.
    static let roleFirstScalars: Set<Unicode.Scalar> = Set(roles.keys.compactMap(\.unicodeScalars.first)).union(["(", "[", "\u{3010}"])

    /// Suffixes a party label may carry: `甲方名称`, `甲方(盖章)`, `甲方 方`.
    static let labelSuffixes = ["名称", "单位名称", "单位", "方"]

    static let details: [String: Detail] = [
        "法定代表人": .legalRepresentative, "法定代表人或授权代表": .legalRepresentative, "法人代表": .legalRepresentative,
        "负责人": .legalRepresentative, "法定代表人/负责人": .legalRepresentative, "授权代表": .legalRepresentative,
        "地址": .address, "住所": .address, "通讯地址": .address, "法定地址": .address, "注册地址": .address,
        "联系地址": .address, "住所地": .address, "办公地址": .address,
        "电话": .phone, "联系电话": .phone, "联系方式": .phone, "电话号码": .phone, "手机": .phone,
        "座机电话": .phone, "联系人电话": .phone,
        "邮编": .other, "邮政编码": .other, "传真": .other, "开户行": .other, "开户银行": .other, "账号": .other,
        "银行账号": .other, "开户名称": .other, "户名": .other, "税务登记号": .other, "邮箱": .other, "电子邮箱": .other,
        "邮件": .other, "联系人": .other, "统一社会信用代码": .other, "委托代理人": .other, "签约日期": .other,
        "日期": .other, "纳税人识别号": .other, "网址": .other,
    ]

    /// The side a label such as `委托人(甲方)`, `甲 方`, `乙方(盖章)` names, or nil for any other label.
    /// A side named in brackets also names it after a role word of any contract kind
    /// (`聘用方(甲方)`, `用人单位(甲方)`, `劳动者(乙方)`), unless `anyRoleWord` is false: where a label is cut
    /// out of run-together text (`…集团有限公司受托方(乙方)：`), only the known role words are sure of their start.
    static func side(ofLabel key: String, anyRoleWord: Bool = true) -> Side? {
        guard let first = key.unicodeScalars.first, key.unicodeScalars.count <= 16 else { return nil }
        // Parenthesised parts: a side named inside wins (`委托人(甲方)`), others are decorations.
        var core = String.UnicodeScalarView()
        var inner = String.UnicodeScalarView()
        var depth = 0
        for ch in key.unicodeScalars {
            if ch == "(" || ch == "【" || ch == "[" { depth += 1; continue }
            if ch == ")" || ch == "】" || ch == "]" { depth = max(0, depth - 1); continue }
            if depth > 0 { inner.append(ch) } else { core.append(ch) }
        }
        let coreText = String(core), innerText = String(inner)
        let namesA = innerText.contains("甲方"), namesB = innerText.contains("乙方")
        if namesA != namesB {
            return core.isEmpty || roles[stripped(coreText)] != nil || (anyRoleWord && isRoleWord(coreText)) ? (namesA ? .a : .b) : nil
        }
        guard roleFirstScalars.contains(first) else { return nil }
        return roles[stripped(coreText)]
    }

    /// Endings of the words a contract names its parties by (`聘用方`, `受让人`, `用人单位`, `劳动者`).
    static let roleWordEndings = ["方", "人", "单位", "者"]

    /// A party's role in words of its own, ahead of a bracketed 甲方/乙方: a short word with a role
    /// ending that is no detail label (`法定代表人(甲方)` is a signature line, not a party).
    static func isRoleWord(_ core: String) -> Bool {
        let count = core.unicodeScalars.count
        guard count >= 2, count <= 8, details[core] == nil else { return false }
        return roleWordEndings.contains { core.hasSuffix($0) }
    }

    private static func stripped(_ core: String) -> String {
        if roles[core] != nil { return core }
        for suffix in labelSuffixes where core.hasSuffix(suffix) {
            let base = String(core.dropLast(suffix.count))
            if roles[base] != nil { return base }
        }
        return core
    }
}
