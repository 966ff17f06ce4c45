/// A JSON value with ordered object members, for documents hetong generates (the JSON Schema).
public indirect enum JSONTree: Sendable {
    case string(String)
    case integer(Int)
    case bool(Bool)
    case null
    case array([JSONTree])
    case object([(String, JSONTree)])

    /// The schema of a field: the value's schema with `extra` keywords, `null` admitted when
    /// `nullable` (a type list for plain types, `oneOf` otherwise), then the description.
    static func fieldSchema(_ value: JSONTree, extra: [(String, JSONTree)], nullable: Bool, summary: String?) -> JSONTree {
        var members: [(String, JSONTree)]
        if case .object(let m) = value { members = m + extra } else { members = [("const", value)] + extra }
        if nullable {
            if members.count == 1, members[0].0 == "type", case .string(let type) = members[0].1 {
                members = [("type", .array([.string(type), .string("null")]))]
            } else {
                members = [("oneOf", .array([.object(members), .object([("type", .string("null"))])]))]
            }
        }
        if let summary { members.append(("description", .string(summary))) }
        return .object(members)
    }

    /// Two-space indented JSON; an array or object that fits on one line of `width` stays on it.
    public func rendered(width: Int = 120) -> String {
        var out = ""
        render(into: &out, indent: 0, width: width)
        return out
    }

    private func render(into out: inout String, indent: Int, width: Int) {
        let inline = self.inline
        if indent + inline.unicodeScalars.count <= width { out += inline; return }
        let pad = String(repeating: " ", count: indent + 2)
        switch self {
        case .array(let items):
            out += "[\n"
            for (i, item) in items.enumerated() {
                out += pad
                item.render(into: &out, indent: indent + 2, width: width)
                out += i + 1 < items.count ? ",\n" : "\n"
            }
            out += String(repeating: " ", count: indent) + "]"
        case .object(let members):
            out += "{\n"
            for (i, (key, value)) in members.enumerated() {
                out += pad + Self.quoted(key) + ": "
                value.render(into: &out, indent: indent + 2, width: width)
                out += i + 1 < members.count ? ",\n" : "\n"
            }
            out += String(repeating: " ", count: indent) + "}"
        default:
            out += inline
        }
    }

    private var inline: String {
        switch self {
        case .string(let s): return Self.quoted(s)
        case .integer(let n): return String(n)
        case .bool(let b): return b ? "true" : "false"
        case .null: return "null"
        case .array(let items): return "[" + items.map(\.inline).joined(separator: ", ") + "]"
        case .object(let members):
            return members.isEmpty ? "{}" : "{ " + members.map { Self.quoted($0.0) + ": " + $0.1.inline }.joined(separator: ", ") + " }"
        }
    }

    /// A JSON string literal, escaped as the record's writer escapes it.
    static func quoted(_ s: String) -> String {
        var writer = RecordJSONWriter(capacity: s.utf8.count + 2)
        writer.string(s)
        return String(decoding: writer.bytes, as: UTF8.self)
    }
}
