import ArgumentParser
import ContractModel
import Foundation
import Pipeline

/// The one place where outcomes become exit codes (as swift-argument-parser's `MessageInfo` does):
/// 0 all good; 1 a document failed or `--fail-on` matched; 2 usage error; 3 a database sink failed.
enum ExitStatus {
    static let ok: Int32 = 0
    static let failure: Int32 = 1
    static let usage: Int32 = 2
    static let database: Int32 = 3

    static let helpText = """
        EXIT STATUS:
          0  success
          1  a document failed (its error record is still printed / written), or --fail-on matched
          2  usage error (unknown option, missing argument, invalid value)
          3  the database (--postgres) is unreachable or refused records;
             the journal keeps them: --resume finishes the load
        """

    /// A command finished its output but the outcome is a failure (exit 1); `message` goes to stderr.
    struct Failed: Error {
        var message: String?
    }

    static func run<Command: ParsableCommand>(_ root: Command.Type) -> Int32 {
        do {
            var command = try root.parseAsRoot()
            try command.run()
            return ok
        } catch {
            return report(error, root: root)
        }
    }

    static func report<Command: ParsableCommand>(_ error: any Error, root: Command.Type) -> Int32 {
        switch error {
        case let failed as Failed:
            if let message = failed.message { printError(message) }
            return failure
        case let sink as SinkError:
            printError("hetong: \(sink.message)")
            return database
        case let hetong as HetongError:
            printError("hetong: \(hetong.code.rawValue): \(hetong.message)")
            return failure
        default:
            let code = root.exitCode(for: error)
            let message = root.fullMessage(for: error)
            if code == .success {
                print(message)
                return ok
            }
            if !message.isEmpty { printError(message) }
            return code == .validationFailure ? usage : failure
        }
    }

    private static func printError(_ message: String) {
        FileHandle.standardError.write(Data((message + "\n").utf8))
    }
}
