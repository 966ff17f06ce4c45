/// The general conditions of a model contract (示范文本: 协议书, 通用合同条件, 专用合同条件). The general
/// part is the model's own text, the same in every contract made from it: its percentages, sums and
/// terms (`预付款…不低于签约合同价的10%`, `逾期…按日万分之五`) are defaults that the special conditions
/// or the agreement replace, never this contract's values. Its range runs from a heading line
/// naming the general part (`第二部分 通用合同条件`) to the next heading naming the special part, or to
/// the end; a mention inside is read by no rule. A heading is a line that is the part's name alone
/// (after an optional `第二部分`/`第二章`), never a sentence or list item that cites the part.
enum GeneralConditions {
    static let generalNames: Set<String> = ["通用合同条件", "通用合同条款", "通用条款", "通用条件", "合同通用条款", "通用合同条款部分"]
    static let specialNames: Set<String> = ["专用合同条件", "专用合同条款", "专用条款", "专用条件", "合同专用条款", "专用合同条款部分"]

    static func ranges(_ s: [Unicode.Scalar], lines: [Range<Int>]) -> [Range<Int>] {
        var result: [Range<Int>] = []
        var openStart: Int?
        for line in lines where line.count <= 24 {
            // Only a line with 通 or 专 may name a part: decided before any string is built.
            guard s[line].contains(where: { $0 == "通" || $0 == "专" }), let name = headingName(s, line) else { continue }
            if generalNames.contains(name) {
                if openStart == nil { openStart = line.upperBound }
            } else if specialNames.contains(name), let start = openStart {
                result.append(start..<line.lowerBound)
                openStart = nil
            }
        }
        if let start = openStart { result.append(start..<s.count) }
        return result
    }

    /// The line without spaces and a leading `第N部分`/`第N章`, when what is left may be a part's name.
    static func headingName(_ s: [Unicode.Scalar], _ line: Range<Int>) -> String? {
        var v = String.UnicodeScalarView()
        for c in s[line] where !c.isInlineSpace { v.append(c.canonical) }
        var name = String(v)
        guard name.contains("通用") || name.contains("专用") else { return nil }
        if name.hasPrefix("第"), let mark = name.firstIndex(where: { $0 == "部" || $0 == "章" }) {
            var rest = name[name.index(after: mark)...]
            if rest.hasPrefix("分") { rest = rest.dropFirst() }
            name = String(rest)
        }
        return name
    }
}
