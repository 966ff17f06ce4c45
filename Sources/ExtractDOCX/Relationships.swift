/// OPC relationships (`_rels/*.rels`): how a Word package names its main part, headers and footers.
struct Relationship: Sendable, Hashable {
    var id: String
    var type: String
    /// Part name inside the package (resolved, no leading slash), nil for external targets.
    var part: String?

    /// The last path component of the type URI (`officeDocument`, `header`, `footer` …), which is the
    /// same in transitional and strict OOXML.
    var kind: String { type.split(separator: "/").last.map(String.init) ?? type }
}

enum Relationships {
    /// `word/document.xml` → `word/_rels/document.xml.rels`; the package itself (`""`) → `_rels/.rels`.
    static func partName(for source: String) -> String {
        guard let slash = source.lastIndex(of: "/") else { return source.isEmpty ? "_rels/.rels" : "_rels/\(source).rels" }
        let directory = source[..<slash]
        let file = source[source.index(after: slash)...]
        return "\(directory)/_rels/\(file).rels"
    }

    static func parse(_ root: XMLElement, source: String) -> [Relationship] {
        root.childElements("rel:Relationship").compactMap { element in
            guard let id = element.attribute("Id"), let type = element.attribute("Type"),
                  let target = element.attribute("Target") else { return nil }
            let external = element.attribute("TargetMode") == "External"
            return Relationship(id: id, type: type, part: external ? nil : resolve(target, from: source))
        }
    }

    /// Resolves a relationship target against the folder of its source part; nil when it climbs out of
    /// the package.
    static func resolve(_ target: String, from source: String) -> String? {
        let decoded = percentDecoded(target)
        var components: [Substring]
        if decoded.hasPrefix("/") {
            components = []
        } else {
            components = source.split(separator: "/")
            if !components.isEmpty { components.removeLast() }
        }
        for component in decoded.split(separator: "/") {
            switch component {
            case ".": continue
            case "..":
                guard !components.isEmpty else { return nil }
                components.removeLast()
            default: components.append(component)
            }
        }
        return components.isEmpty ? nil : components.joined(separator: "/")
    }

    private static func percentDecoded(_ text: String) -> String {
        guard text.contains("%") else { return text }
        var bytes: [UInt8] = []
        var utf8 = Array(text.utf8)[...]
        while let byte = utf8.popFirst() {
            if byte == UInt8(ascii: "%"), utf8.count >= 2,
               let value = UInt8(String(decoding: utf8.prefix(2), as: UTF8.self), radix: 16) {
                bytes.append(value)
                utf8 = utf8.dropFirst(2)
            } else {
                bytes.append(byte)
            }
        }
        return String(decoding: bytes, as: UTF8.self)
    }
}
