internal import CLibXML2
import ContractModel

/// The only file that touches libxml2: bytes → `XMLElement` values, on untrusted input.
///
/// - No network (`XML_PARSE_NONET`), no entity substitution (`XML_PARSE_NOENT` is never set), no DTD
///   loading. Any document type declaration is refused outright from the SAX `internalSubset` callback,
///   before libxml2 reads a single entity declaration: XXE and billion-laughs documents give
///   `forbidden_xml_entity` and cost nothing. A Word part never has a DTD.
/// - Errors are collected, never printed (`XML_PARSE_NOERROR | XML_PARSE_NOWARNING`).
/// - libxml2 limits nesting depth (256) and text node size (10 MB) because `XML_PARSE_HUGE` is not set.
enum LibXML2Parser {
    static let version = LIBXML_DOTTED_VERSION

    private static let initialized: Bool = {
        xmlInitParser()
        return true
    }()

    static func parse(_ bytes: [UInt8], part: String) throws -> XMLElement {
        precondition(initialized)
        guard !bytes.isEmpty else { throw HetongError(.malformedXML, "\(part) is empty") }
        guard bytes.count < Int(Int32.max) else { throw HetongError(.tooLarge, "\(part) is too large to parse") }
        guard let context = xmlNewParserCtxt() else { throw HetongError(.internalError, "libxml2 could not allocate a parser") }
        defer { xmlFreeParserCtxt(context) }
        context.pointee._private = nil
        context.pointee.sax.pointee.internalSubset = { userData, _, _, _ in
            guard let userData else { return }
            let context = userData.assumingMemoryBound(to: xmlParserCtxt.self)
            context.pointee._private = UnsafeMutableRawPointer(bitPattern: 1)
            xmlStopParser(context)
        }
        let options = Int32(bitPattern: XML_PARSE_NONET.rawValue | XML_PARSE_NOERROR.rawValue
            | XML_PARSE_NOWARNING.rawValue | XML_PARSE_NOCDATA.rawValue)
        let document = bytes.withUnsafeBufferPointer { buffer in
            buffer.withMemoryRebound(to: CChar.self) { chars in
                xmlCtxtReadMemory(context, chars.baseAddress, Int32(chars.count), part, nil, options)
            }
        }
        defer { if let document { xmlFreeDoc(document) } }
        if context.pointee._private != nil {
            throw HetongError(.forbiddenXMLEntity, "\(part) declares a document type (DTD / entities), refused")
        }
        guard let document, context.pointee.wellFormed != 0, let root = xmlDocGetRootElement(document) else {
            throw HetongError(.malformedXML, "\(part) is not well-formed XML", underlying: lastError(context))
        }
        var converter = TreeConverter()
        return converter.convert(root)
    }

    private static func lastError(_ context: xmlParserCtxtPtr) -> String? {
        guard let error = xmlCtxtGetLastError(context), let message = error.pointee.message else { return nil }
        let text = String(cString: message).trimmingSuffix()
        return "line \(error.pointee.line): \(text)"
    }

}

/// libxml2 nodes → `XMLElement`. Namespace URIs are resolved to canonical prefixes once per `xmlNs`.
private struct TreeConverter {
    private var prefixes: [UnsafeMutableRawPointer: String] = [:]

    mutating func convert(_ node: xmlNodePtr) -> XMLElement {
        var element = XMLElement(name: qualifiedName(node.pointee.name, node.pointee.ns), attributes: [], children: [])
        var attribute = node.pointee.properties
        while let current = attribute {
            element.attributes.append(XMLAttribute(
                name: qualifiedName(current.pointee.name, current.pointee.ns), value: textOf(current.pointee.children)))
            attribute = current.pointee.next
        }
        var hasElementChild = false
        var child = node.pointee.children
        while let current = child {
            if current.pointee.type == XML_ELEMENT_NODE { hasElementChild = true; break }
            child = current.pointee.next
        }
        child = node.pointee.children
        while let current = child {
            switch current.pointee.type {
            case XML_ELEMENT_NODE:
                element.children.append(.element(convert(current)))
            case XML_TEXT_NODE, XML_CDATA_SECTION_NODE:
                if let content = current.pointee.content {
                    let text = String(cString: content)
                    // Indentation between elements is not content; text inside `w:t` always is.
                    if !(hasElementChild && text.allSatisfy(\.isWhitespace)) { element.children.append(.text(text)) }
                }
            default:
                break
            }
            child = current.pointee.next
        }
        return element
    }

    /// `w:t` for a known namespace, `{uri}t` otherwise (see `XMLNamespaces`).
    private mutating func qualifiedName(_ name: UnsafePointer<xmlChar>?, _ namespace: xmlNsPtr?) -> String {
        let local = name.map { String(cString: $0) } ?? ""
        guard let namespace else { return local }
        let key = UnsafeMutableRawPointer(namespace)
        if let prefix = prefixes[key] { return prefix + local }
        let uri = namespace.pointee.href.map { String(cString: $0) } ?? ""
        let prefix = XMLNamespaces.prefixes[uri].map { $0 + ":" } ?? "{\(uri)}"
        prefixes[key] = prefix
        return prefix + local
    }

    private func textOf(_ first: xmlNodePtr?) -> String {
        var result = ""
        var node = first
        while let current = node {
            if let content = current.pointee.content { result += String(cString: content) }
            node = current.pointee.next
        }
        return result
    }
}

private extension String {
    func trimmingSuffix() -> String {
        var text = self
        while text.last?.isWhitespace == true { text.removeLast() }
        return text
    }
}
