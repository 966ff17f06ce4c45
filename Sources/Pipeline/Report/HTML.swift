import ContractModel

/// Minimal HTML building: escaping and the highlighted rendering of a document's text.
enum HTML {
    static func escape(_ s: String) -> String {
        var out = ""
        out.reserveCapacity(s.utf8.count)
        for scalar in s.unicodeScalars {
            switch scalar {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&#39;"
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out
    }

    /// `escape` of a run of the document's scalars, written as UTF-8 directly (the report's hot loop).
    static func escape(_ scalars: ArraySlice<Unicode.Scalar>) -> String {
        var out: [UInt8] = []
        out.reserveCapacity(scalars.count * 3)
        for scalar in scalars {
            let v = scalar.value
            switch v {
            case 0x26: out.append(contentsOf: "&amp;".utf8)
            case 0x3C: out.append(contentsOf: "&lt;".utf8)
            case 0x3E: out.append(contentsOf: "&gt;".utf8)
            case 0x22: out.append(contentsOf: "&quot;".utf8)
            case 0x27: out.append(contentsOf: "&#39;".utf8)
            case 0..<0x80: out.append(UInt8(v))
            case 0x80..<0x800:
                out.append(UInt8(0xC0 | v >> 6)); out.append(UInt8(0x80 | v & 0x3F))
            case 0x800..<0x10000:
                out.append(UInt8(0xE0 | v >> 12)); out.append(UInt8(0x80 | v >> 6 & 0x3F)); out.append(UInt8(0x80 | v & 0x3F))
            default:
                out.append(UInt8(0xF0 | v >> 18)); out.append(UInt8(0x80 | v >> 12 & 0x3F))
                out.append(UInt8(0x80 | v >> 6 & 0x3F)); out.append(UInt8(0x80 | v & 0x3F))
            }
        }
        return String(decoding: out, as: UTF8.self)
    }

    /// A span of the text to highlight: `kind` becomes a CSS class, `anchor` an element id.
    struct Highlight {
        var span: Span
        var kind: String
        var anchor: String
        var title: String
    }

    /// The document text as HTML: pages in `<section class=page>`, every highlight a `<mark>` with its
    /// id (overlapping highlights are split into segments; the first segment of each carries the id).
    static func highlightedText(_ text: DocumentText, _ highlights: [Highlight]) -> String {
        let n = text.count
        // Boundaries where the set of covering highlights changes.
        var boundaries = Set<Int>([0, n])
        for page in text.pageStarts { boundaries.insert(page) }
        let valid = highlights.filter { $0.span.start < $0.span.end && $0.span.end <= n }
        for h in valid { boundaries.insert(h.span.start); boundaries.insert(h.span.end) }
        let cuts = boundaries.sorted()
        var startsAt: [Int: [Int]] = [:]
        for (i, h) in valid.enumerated() { startsAt[h.span.start, default: []].append(i) }

        var out = "<section class=\"page\" id=\"page-1\"><h3 class=\"page-no\">第 1 页</h3><pre>"
        var active: [Int] = []
        for k in 0..<(cuts.count - 1) {
            let a = cuts[k], b = cuts[k + 1]
            if a > 0, let pageIndex = text.pageStarts.firstIndex(of: a), pageIndex > 0 {
                out += "</pre></section><section class=\"page\" id=\"page-\(pageIndex + 1)\"><h3 class=\"page-no\">第 \(pageIndex + 1) 页</h3><pre>"
            }
            active.removeAll { valid[$0].span.end <= a }
            // Evidence anchors first, so that a finding's id lands on the <mark> itself.
            let opening = (startsAt[a] ?? []).sorted { (valid[$0].kind.hasPrefix("evidence") ? 0 : 1, $0) < (valid[$1].kind.hasPrefix("evidence") ? 0 : 1, $1) }
            active.append(contentsOf: opening)
            // The page separator itself is not shown.
            var segmentEnd = b
            if segmentEnd > a, text.scalars[segmentEnd - 1] == DocumentText.pageSeparator { segmentEnd -= 1 }
            let segment = escape(text.scalars[Swift.max(0, a)..<Swift.min(segmentEnd, text.count)])
            if active.isEmpty {
                out += segment
            } else {
                let classes = Set(active.map { valid[$0].kind }).sorted().joined(separator: " ")
                let ids = opening.map { valid[$0].anchor }
                let idAttribute = ids.first.map { " id=\"\($0)\"" } ?? ""
                // Extra ids (several highlights starting at the same offset) as empty anchors.
                let extraAnchors = ids.dropFirst().map { "<a id=\"\($0)\"></a>" }.joined()
                let title = escape(active.map { valid[$0].title }.joined(separator: "；"))
                out += "\(extraAnchors)<mark class=\"\(classes)\"\(idAttribute) title=\"\(title)\">\(segment)</mark>"
            }
        }
        out += "</pre></section>"
        return out
    }
}
