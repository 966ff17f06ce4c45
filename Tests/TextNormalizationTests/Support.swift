import Foundation
import Testing
@testable import TextNormalization

/// Normalizes pages and returns the printed text.
func normalized(_ pages: String...) -> String {
    Normalizer.normalize(pages: pages).text.string
}

/// One line normalized, without the line end normalization gives it.
func normalizedLine(_ raw: String) -> String {
    var t = Normalizer.normalize(raw)
    while t.hasSuffix("\n") { t.removeLast() }
    return t
}

/// The seed contracts: `Corpus/**/*.txt` source texts in the repository, plus ../shared/seeds when
/// present on this machine.
enum Seeds {
    static let files: [URL] = {
        var urls: [URL] = []
        let repo = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent()
        let fm = FileManager.default
        for root in [repo.appendingPathComponent("Corpus"), URL(fileURLWithPath: "/work/shared/seeds")] {
            guard let e = fm.enumerator(at: root, includingPropertiesForKeys: nil) else { continue }
            for case let url as URL in e where url.pathExtension == "txt" && url.lastPathComponent.first?.isNumber == true {
                urls.append(url)
            }
        }
        return urls.sorted { $0.lastPathComponent < $1.lastPathComponent }
    }()

    static func text(_ url: URL) throws -> String { try String(contentsOf: url, encoding: .utf8) }
}

/// Renders seed text the way a PDF extractor returns it: paragraphs wrapped at `width` half-ideograph
/// units, poppler's spaces between Chinese and digits/Latin, a running header with the title and a
/// footer `第 N 页 共 M 页` on every page, `linesPerPage` body lines per page, no blank lines.
enum PDFLike {
    static func pages(_ seed: String, width: Int = 96, linesPerPage: Int = 40, title: String = "采购合同") -> [String] {
        var body: [String] = []
        for paragraph in seed.split(separator: "\n", omittingEmptySubsequences: true) {
            let p = popplerSpacing(String(paragraph))
            if p.contains("\t") { body.append(p); continue }
            var line = ""
            var w = 0
            for ch in p {
                let cw = ch.unicodeScalars.first!.value >= 0x1100 ? 2 : 1
                if w + cw > width { body.append(line); line = ""; w = 0 }
                line.append(ch)
                w += cw
            }
            if !line.isEmpty { body.append(line) }
        }
        let chunks = stride(from: 0, to: body.count, by: linesPerPage).map { Array(body[$0..<min($0 + linesPerPage, body.count)]) }
        return chunks.enumerated().map { index, lines in
            ([title] + lines + ["第 \(index + 1) 页 共 \(chunks.count) 页"]).joined(separator: "\n") + "\n"
        }
    }

    /// A space between a Chinese character and a digit or Latin letter, as poppler puts it.
    static func popplerSpacing(_ s: String) -> String {
        var out = String.UnicodeScalarView()
        var previous: Unicode.Scalar? = nil
        for c in s.unicodeScalars {
            if let p = previous {
                let pc = p.value >= 0x4E00 && p.value <= 0x9FFF, cc = c.value >= 0x4E00 && c.value <= 0x9FFF
                let pa = p.properties.isAlphabetic && p.isASCII || (0x30...0x39).contains(p.value)
                let ca = c.properties.isAlphabetic && c.isASCII || (0x30...0x39).contains(c.value)
                if (pc && ca) || (pa && cc) { out.append(" ") }
            }
            out.append(c)
            previous = c
        }
        return String(out)
    }
}

extension String {
    var withoutWhitespace: String { String(unicodeScalars.filter { ![" ", "\n", "\t", "\u{0C}"].contains($0) }.map(Character.init)) }
}

/// Every normalized scalar maps to a raw scalar; unchanged scalars map to themselves.
func checkExact(_ doc: NormalizedDocument) {
    let text = doc.text.scalars, raw = doc.raw.scalars
    var previous = -1
    for i in text.indices {
        let r = doc.rawOffset(forNormalized: i)
        #expect(r >= 0 && r < raw.count)
        #expect(r >= previous, "offset map must not decrease at \(i)")
        previous = r
        if r < raw.count, CharacterFolding.fold(raw[r].value) == text[i] || raw[r] == text[i] {
            continue
        }
        // Folded or synthetic scalars: a line break standing for a page end, a joining space,
        // a symbol from markup, a thousands comma.
        let allowed: Set<Unicode.Scalar> = ["\n", " ", ",", ":", "≥", "≤", "%", "°", "☐", "☑", "&", "<", ">", "×"]
        #expect(allowed.contains(text[i]), "scalar \(text[i]) at \(i) maps to raw \(r)")
    }
    #expect(doc.rawOffset(forNormalized: text.count) == raw.count)
}
