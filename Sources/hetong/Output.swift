import Foundation

/// Writes to stdout without Swift's `print` buffering surprises, as raw UTF-8.
enum Output {
    static func write(_ text: String) {
        FileHandle.standardOutput.write(Data(text.utf8))
    }

    static func write(_ data: Data) {
        FileHandle.standardOutput.write(data)
    }
}
