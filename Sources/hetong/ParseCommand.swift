import ArgumentParser
import ContractModel
import Foundation
import Pipeline

struct ParseCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "parse",
        abstract: "Print one document's contract record as JSON (schema: `hetong schema`).",
        discussion: """
        A document that cannot be read still prints its record, with "status": "error" and \
        "error": {"code", "message"}, and exits 1. Standard input (-) may be a PDF, a DOCX or text \
        (e.g. the output of `hetong extract`).

        \(ExitStatus.helpText)
        """)

    @Argument(help: "A PDF, DOCX or text file, or - for standard input.")
    var file: String

    @Option(name: .customLong("fail-on"), help: "Exit 1 when a finding of this severity or worse exists: error, warning, info.")
    var failOn: Finding.Severity?

    @Flag(help: "Indent the JSON.")
    var pretty = false

    @Option(help: "OCR for pages without a text layer: auto, always, never.")
    var ocr: OCRMode = .auto

    @OptionGroup var limits: LimitOptions

    @OptionGroup var vocabulary: VocabularyOption

    func run() throws {
        let input = try InputFile(file)
        defer { input.remove() }
        let processed = DocumentProcessor.process(path: input.path, displayPath: input.displayPath, options: limits.processing(ocr: ocr))
        var data = pretty ? try HetongJSON.encoder(pretty: true).encode(processed.record)
                          : Data(RecordJSONWriter.encode(processed.record))
        data.append(0x0A)
        Output.write(data)
        if let error = processed.record.error {
            throw ExitStatus.Failed(message: "hetong: \(error.code): \(error.message)")
        }
        if let failOn, let worst = processed.record.findings.map(\.severity).max(), worst >= failOn {
            throw ExitStatus.Failed(message: "hetong: --fail-on \(failOn.rawValue): the document has \(worst.rawValue) findings")
        }
    }
}

extension Finding.Severity: ExpressibleByArgument {}
