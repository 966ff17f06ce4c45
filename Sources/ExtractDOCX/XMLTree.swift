/// A parsed XML element as plain Swift values (built by `LibXML2Parser`, the only file that sees libxml2).
/// Names carry a canonical prefix chosen by namespace URI, not the document's own prefix: `w:p` is the
/// WordprocessingML paragraph whatever the file calls that namespace (strict OOXML included).
struct XMLElement: Sendable, Hashable {
    var name: String
    var attributes: [XMLAttribute]
    var children: [XMLNode]

    func attribute(_ name: String) -> String? {
        attributes.first { $0.name == name }?.value
    }

    func firstChild(_ name: String) -> XMLElement? {
        for case .element(let element) in children where element.name == name { return element }
        return nil
    }

    func childElements(_ name: String? = nil) -> [XMLElement] {
        children.compactMap { node in
            guard case .element(let element) = node, name == nil || element.name == name else { return nil }
            return element
        }
    }

    /// Every descendant element named `name`, in document order (not descending into matches).
    func descendants(_ name: String) -> [XMLElement] {
        var found: [XMLElement] = []
        collect(name, into: &found)
        return found
    }

    private func collect(_ name: String, into found: inout [XMLElement]) {
        for case .element(let element) in children {
            if element.name == name { found.append(element) } else { element.collect(name, into: &found) }
        }
    }

    /// Concatenated text of all descendant text nodes.
    var text: String {
        var result = ""
        appendText(to: &result)
        return result
    }

    private func appendText(to result: inout String) {
        for node in children {
            switch node {
            case .text(let text): result += text
            case .element(let element): element.appendText(to: &result)
            }
        }
    }
}

struct XMLAttribute: Sendable, Hashable {
    var name: String
    var value: String
}

enum XMLNode: Sendable, Hashable {
    case element(XMLElement)
    case text(String)
}

/// Canonical prefixes of the namespaces hetong reads.
enum XMLNamespaces {
    static let prefixes: [String: String] = [
        "http://schemas.openxmlformats.org/wordprocessingml/2006/main": "w",
        "http://purl.oclc.org/ooxml/wordprocessingml/main": "w",
        "http://schemas.openxmlformats.org/officeDocument/2006/relationships": "r",
        "http://purl.oclc.org/ooxml/officeDocument/relationships": "r",
        "http://schemas.openxmlformats.org/package/2006/relationships": "rel",
        "http://schemas.openxmlformats.org/package/2006/content-types": "ct",
        "http://schemas.openxmlformats.org/markup-compatibility/2006": "mc",
        "http://schemas.microsoft.com/office/word/2010/wordml": "w14",
        "http://schemas.openxmlformats.org/officeDocument/2006/math": "m",
        "http://purl.oclc.org/ooxml/officeDocument/math": "m",
        "http://schemas.openxmlformats.org/package/2006/metadata/core-properties": "cp",
        "http://purl.org/dc/elements/1.1/": "dc",
        "http://purl.org/dc/terms/": "dcterms",
        "http://www.w3.org/XML/1998/namespace": "xml",
        "urn:schemas-microsoft-com:vml": "v",
        "urn:schemas-microsoft-com:office:office": "o",
        "http://schemas.microsoft.com/office/word/2010/wordprocessingShape": "wps",
    ]
}
