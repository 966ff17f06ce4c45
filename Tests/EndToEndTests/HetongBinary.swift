import Foundation

/// Runs the built `hetong` executable (`.build/debug/hetong` of this package, or `$HETONG_BINARY`).
struct HetongBinary {
    struct Result {
        var status: Int32
        var stdout: Data
        var stderr: String
        var text: String { String(decoding: stdout, as: UTF8.self) }
    }

    static let packageRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().path

    static var path: String {
        if let override = ProcessInfo.processInfo.environment["HETONG_BINARY"] { return override }
        return packageRoot + "/.build/debug/hetong"
    }

    static var corpus: String { packageRoot + "/Corpus" }

    /// Runs `hetong arguments…` to completion.
    @discardableResult
    static func run(_ arguments: [String], stdin: Data? = nil, environment: [String: String] = [:]) throws -> Result {
        let running = try start(arguments, environment: environment, withStdin: stdin != nil)
        if let stdin, let pipe = running.process.standardInput as? Pipe {
            pipe.fileHandleForWriting.write(stdin)
            try pipe.fileHandleForWriting.close()
        }
        return running.wait()
    }

    /// A started `hetong`, its output collected in the background.
    final class Running: @unchecked Sendable {
        let process: Process
        private var outData = Data()
        private var errData = Data()
        private let group = DispatchGroup()

        init(process: Process, out: Pipe, err: Pipe) {
            self.process = process
            group.enter()
            group.enter()
            DispatchQueue.global().async { [self] in outData = out.fileHandleForReading.readDataToEndOfFile(); group.leave() }
            DispatchQueue.global().async { [self] in errData = err.fileHandleForReading.readDataToEndOfFile(); group.leave() }
        }

        func wait() -> Result {
            group.wait()
            process.waitUntilExit()
            return Result(status: process.terminationStatus, stdout: outData, stderr: String(decoding: errData, as: UTF8.self))
        }
    }

    /// Starts `hetong arguments…` (or another `executable`, such as a script driving hetong).
    static func start(_ arguments: [String], environment: [String: String] = [:], withStdin: Bool = false,
                      executable: String? = nil) throws -> Running {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable ?? path)
        process.arguments = arguments
        var env = ProcessInfo.processInfo.environment
        env["CI"] = "true"
        for (key, value) in environment { env[key] = value }
        process.environment = env
        let out = Pipe(), err = Pipe()
        process.standardOutput = out
        process.standardError = err
        process.standardInput = withStdin ? Pipe() : FileHandle.nullDevice
        try process.run()
        return Running(process: process, out: out, err: err)
    }

    /// The lines of a JSONL file.
    static func lines(_ path: String) throws -> [String] {
        let text = try String(contentsOfFile: path, encoding: .utf8)
        return text.split(separator: "\n", omittingEmptySubsequences: false).dropLast().map(String.init)
    }
}
