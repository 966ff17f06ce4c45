import ContractModel
import Foundation

/// A FILE argument: a path, or `-` for standard input (spooled to a temporary file so that format
/// detection by content works for PDF and DOCX on stdin too).
struct InputFile {
    let path: String
    let displayPath: String
    private let temporary: Bool

    init(_ argument: String) throws {
        guard argument == "-" else {
            path = argument
            displayPath = argument
            temporary = false
            return
        }
        let data = FileHandle.standardInput.readDataToEndOfFile()
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("hetong-stdin-\(UUID().uuidString)")
        do {
            try data.write(to: url)
        } catch {
            throw HetongError(.unreadable, "cannot spool standard input: \(error)")
        }
        path = url.path
        displayPath = "-"
        temporary = true
    }

    func remove() {
        if temporary { try? FileManager.default.removeItem(atPath: path) }
    }
}
