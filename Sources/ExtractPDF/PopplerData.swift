#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Where poppler-data puts the CMaps that non-embedded Chinese fonts need.
enum PopplerData {
    static let cMapDirectories = [
        "/usr/share/poppler/cMap/Adobe-GB1",
        "/usr/local/share/poppler/cMap/Adobe-GB1",
        "/opt/homebrew/share/poppler/cMap/Adobe-GB1",
    ]

    static func installed() -> Bool {
        cMapDirectories.contains { isDirectory($0) }
    }

    static func isDirectory(_ path: String) -> Bool {
        var info = stat()
        return stat(path, &info) == 0 && (info.st_mode & S_IFMT) == S_IFDIR
    }
}
