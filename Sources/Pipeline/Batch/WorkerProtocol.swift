import ContractModel

/// The line protocol between a batch and its worker processes (and the journal's line format).
///
/// Request (batch → worker stdin): the document path, `\` and newline escaped, then `\n`.
/// Response (worker stdout → batch), also one journal line:
///
///     <outcome> <sha256 or -> <worst finding severity or -> <record JSON>\n
///
/// Before its response the worker may send heartbeat lines, `+\n`, as long work advances (each
/// OCR'd batch of pages): each one restarts the document's `--timeout`, so a 40-page scan is not
/// killed while a hung extractor, which sends nothing, still is.
///
/// `outcome` is `ok` or the error code. The header lets the batch count outcomes and resume by
/// content hash without decoding the record; the record JSON is exactly what `hetong parse` prints
/// (compact), so it contains no newline.
enum WorkerProtocol {
    static let heartbeat: [UInt8] = [UInt8(ascii: "+"), 0x0A]

    static func request(path: String) -> [UInt8] {
        var line: [UInt8] = []
        for byte in path.utf8 {
            switch byte {
            case UInt8(ascii: "\\"): line += [UInt8(ascii: "\\"), UInt8(ascii: "\\")]
            case 0x0A: line += [UInt8(ascii: "\\"), UInt8(ascii: "n")]
            default: line.append(byte)
            }
        }
        line.append(0x0A)
        return line
    }

    static func decodeRequest(_ line: String) -> String {
        guard line.contains("\\") else { return line }
        var result = ""
        var escaped = false
        for character in line {
            if escaped {
                result.append(character == "n" ? "\n" : character)
                escaped = false
            } else if character == "\\" {
                escaped = true
            } else {
                result.append(character)
            }
        }
        return result
    }

    struct Header: Sendable, Hashable {
        var outcome: String
        var sha256: String
        var worstSeverity: Finding.Severity?
        /// Byte length of the header including its trailing space: the record JSON starts here.
        var length: Int
    }

    static func line(for record: ContractRecord) throws -> [UInt8] {
        let json = RecordJSONWriter.encode(record)
        let outcome = record.error?.code ?? record.status.rawValue
        let sha = record.document.sha256.isEmpty ? "-" : record.document.sha256
        let worst = record.findings.map(\.severity).max()?.rawValue ?? "-"
        var bytes = Array("\(outcome) \(sha) \(worst) ".utf8)
        bytes.append(contentsOf: json)
        bytes.append(0x0A)
        return bytes
    }

    /// Parses the header of a response / journal line (without its newline). Nil when malformed.
    static func header(of line: UnsafeRawBufferPointer) -> Header? {
        var fields: [String] = []
        var start = 0
        var index = 0
        while index < line.count, fields.count < 3 {
            if line[index] == UInt8(ascii: " ") {
                fields.append(String(decoding: UnsafeRawBufferPointer(rebasing: line[start..<index]), as: UTF8.self))
                start = index + 1
            }
            index += 1
        }
        guard fields.count == 3, !fields[0].isEmpty, start < line.count, line[start] == UInt8(ascii: "{"),
              line[line.count - 1] == UInt8(ascii: "}") else { return nil }
        let worst = fields[2] == "-" ? nil : Finding.Severity(rawValue: fields[2])
        return Header(outcome: fields[0], sha256: fields[1] == "-" ? "" : fields[1], worstSeverity: worst, length: start)
    }
}
