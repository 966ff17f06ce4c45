import Foundation
import ZIPFoundation
@testable import ExtractDOCX
import ContractModel

/// Small Word packages built in the test with ZIPFoundation: a body, optional headers/footers, optional
/// extra entries. The XML is what Word writes, trimmed to the phenomenon under test.
struct WordFixture {
    static let namespaces = """
        xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" \
        xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" \
        xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" \
        xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape" \
        xmlns:w14="http://schemas.microsoft.com/office/word/2010/wordml" \
        xmlns:v="urn:schemas-microsoft-com:vml" \
        xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing" \
        xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main"
        """

    var body: String
    var headers: [String] = []
    var footers: [String] = []
    var extraEntries: [(String, String)] = []
    /// Children of `w:numbering` / `w:styles`, written with their relationships when set.
    var numbering: String?
    var styles: String?
    var compression: CompressionMethod = .deflate

    init(body: String) { self.body = body }

    /// `w:p` with one run per string.
    static func p(_ runs: String...) -> String {
        "<w:p>" + runs.map { "<w:r><w:t xml:space=\"preserve\">\($0)</w:t></w:r>" }.joined() + "</w:p>"
    }

    func bytes() throws -> [UInt8] {
        var relationships = ""
        var references = ""
        var parts: [(String, String)] = []
        for (index, header) in headers.enumerated() {
            relationships += #"<Relationship Id="rH\#(index)" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/header" Target="header\#(index + 1).xml"/>"#
            references += #"<w:headerReference w:type="\#(index == 0 ? "default" : "first")" r:id="rH\#(index)"/>"#
            parts.append(("word/header\(index + 1).xml", "<w:hdr \(Self.namespaces)>\(header)</w:hdr>"))
        }
        for (index, footer) in footers.enumerated() {
            relationships += #"<Relationship Id="rF\#(index)" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/footer" Target="footer\#(index + 1).xml"/>"#
            references += #"<w:footerReference w:type="\#(index == 0 ? "default" : "first")" r:id="rF\#(index)"/>"#
            parts.append(("word/footer\(index + 1).xml", "<w:ftr \(Self.namespaces)>\(footer)</w:ftr>"))
        }
        if let numbering {
            relationships += #"<Relationship Id="rNum" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/numbering" Target="numbering.xml"/>"#
            parts.append(("word/numbering.xml", "<w:numbering \(Self.namespaces)>\(numbering)</w:numbering>"))
        }
        if let styles {
            relationships += #"<Relationship Id="rSty" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>"#
            parts.append(("word/styles.xml", "<w:styles \(Self.namespaces)>\(styles)</w:styles>"))
        }
        let document = """
            <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
            <w:document \(Self.namespaces)><w:body>\(body)<w:sectPr>\(references)<w:pgSz w:w="11906" w:h="16838"/></w:sectPr></w:body></w:document>
            """
        parts.insert(("word/document.xml", document), at: 0)
        parts.insert(("[Content_Types].xml", """
            <?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">\
            <Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>\
            <Default Extension="xml" ContentType="application/xml"/></Types>
            """), at: 0)
        parts.append(("_rels/.rels", """
            <?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">\
            <Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>\
            <Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/>\
            </Relationships>
            """))
        parts.append(("word/_rels/document.xml.rels", """
            <?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">\(relationships)</Relationships>
            """))
        parts += extraEntries
        let archive = try Archive(accessMode: .create)
        for (name, text) in parts {
            let data = Data(text.utf8)
            try archive.addEntry(with: name, type: .file, uncompressedSize: Int64(data.count),
                                 compressionMethod: compression) { position, size in
                data.subdata(in: Int(position)..<Int(position) + size)
            }
        }
        return [UInt8](archive.data!)
    }

    func extract(limits: DOCXLimits = .default) throws -> ExtractedDocument {
        try DOCXExtractor.extract(bytes: bytes(), limits: limits)
    }

    /// Body text of all pages, pages joined by a form feed.
    func text() throws -> String {
        try extract().pages.map(\.text).joined(separator: "\u{0C}")
    }
}

enum CorpusFile {
    static let hostile = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Corpus/hostile")

    static func path(_ name: String) -> String { hostile.appendingPathComponent(name).path }
}

/// The error code a throwing call ends with (nil when it does not throw).
func errorCode(_ body: () throws -> Any) -> HetongError.Code? {
    do {
        _ = try body()
        return nil
    } catch let error as HetongError {
        return error.code
    } catch {
        return HetongError.Code("unexpected \(error)")
    }
}
