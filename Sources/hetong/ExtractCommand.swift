import ArgumentParser
import ContractModel
import Foundation
import Pipeline

struct ExtractCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "extract",
        abstract: "Print the text of a document.",
        discussion: """
        Prints the normalized text, pages separated by a form feed (U+000C), with no trailing newline \
        added: this exact text is what every span's Unicode scalar offsets point into.

        \(ExitStatus.helpText)
        """)

    @Argument(help: "A PDF, DOCX or text file, or - for standard input.")
    var file: String

    @Flag(help: "Print the text before normalization.")
    var raw = false

    @Flag(help: "Print pages, warnings and metadata as JSON.")
    var json = false

    @Option(help: "OCR for pages without a text layer: auto, always, never.")
    var ocr: OCRMode = .auto

    @OptionGroup var limits: LimitOptions

    func run() throws {
        let input = try InputFile(file)
        defer { input.remove() }
        let extracted = try DocumentProcessor.extract(path: input.path, options: limits.processing(ocr: ocr))
        let pages = raw ? extracted.document.pages.map(\.text)
                        : (1...extracted.text.pageCount).map { extracted.text.page($0) }
        if json {
            let output = ExtractionJSON(extracted.document, pages: pages, normalized: !raw)
            var data = try HetongJSON.encoder(pretty: true).encode(output)
            data.append(0x0A)
            Output.write(data)
        } else {
            Output.write(pages.joined(separator: "\u{0C}"))
        }
    }
}

extension OCRMode: ExpressibleByArgument {}

/// `hetong extract --json`.
struct ExtractionJSON: Encodable {
    struct Page: Encodable {
        var page: Int
        var characters: Int
        var text: String
        var ocr: OCRInfo?
    }
    var format: String
    var extractor: String
    var normalized: Bool
    var metadata: DocumentMetadata
    var warnings: [ExtractionWarning]
    var headers: [String]
    var footers: [String]
    var pages: [Page]

    init(_ document: ExtractedDocument, pages: [String], normalized: Bool) {
        format = document.format.rawValue
        extractor = document.extractor
        self.normalized = normalized
        metadata = document.metadata
        warnings = document.warnings
        headers = document.headers
        footers = document.footers
        self.pages = pages.enumerated().map { index, text in
            Page(page: index + 1, characters: text.unicodeScalars.count, text: text,
                 ocr: index < document.pages.count ? document.pages[index].ocr : nil)
        }
    }
}
