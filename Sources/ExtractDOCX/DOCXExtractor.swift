import ContractModel

/// DOCX → pages of raw text through an in-memory, bounded ZIP reader and libxml2.
///
/// The body is read from the main part found through `_rels/.rels`; headers and footers referenced by the
/// section properties go to `headers`/`footers`, never into the body. Pages come from explicit and
/// last-rendered page breaks; a document without any is one page. See `WordWalker` for what becomes text.
public enum DOCXExtractor {
    public static let extractorName = "hetong-docx (libxml2 \(LibXML2Parser.version))"

    public static func extract(path: String, limits: DOCXLimits = .default) throws -> ExtractedDocument {
        try extract(bytes: FileBytes.load(path: path, limit: limits.maxFileBytes), limits: limits)
    }

    public static func extract(bytes: [UInt8], limits: DOCXLimits = .default) throws -> ExtractedDocument {
        guard !bytes.isEmpty else { throw HetongError(.emptyFile, "empty DOCX file") }
        var package = try WordPackage(bytes: bytes, limits: limits)
        let main = try package.mainPart()
        guard let root = try package.xml(main) else { throw HetongError(.missingMainPart, "\(main) is missing") }
        guard root.name == "w:document" else {
            throw HetongError(.unsupportedFormat, "\(main) is not a WordprocessingML document (root \(root.name))")
        }
        let body = root.firstChild("w:body") ?? XMLElement(name: "w:body", attributes: [], children: [])
        let sections = body.descendants("w:sectPr")

        let relationships = try package.relationships(of: main)
        let numbering = ListNumbering(numbering: try part("numbering", of: relationships, &package),
                                      styles: try part("styles", of: relationships, &package))
        var walker = WordWalker(countsPages: true, sectionStarts: sections.map(sectionStart), numbering: numbering)
        walker.visitChildren(of: body)
        walker.finish()
        var stats = walker.stats

        let headers = try marginalTexts("w:headerReference", sections, relationships, &package, &stats)
        let footers = try marginalTexts("w:footerReference", sections, relationships, &package, &stats)
        let pages = walker.builder.pages.enumerated().map { index, lines in
            ExtractedPage(number: index + 1, text: lines.joined(separator: "\n"))
        }
        return ExtractedDocument(
            format: .docx, pages: pages, metadata: (try? CoreProperties.read(&package)) ?? DocumentMetadata(),
            warnings: warnings(stats), headers: headers, footers: footers, extractor: extractorName)
    }

    /// Whether `bytes` hold a ZIP that is a Word package. Throws the ZIP's own error when the archive is
    /// damaged or unsafe.
    public static func isWordPackage(bytes: [UInt8], limits: DOCXLimits = .default) throws -> Bool {
        WordPackage.looksLikeWord(try ZipDirectory(bytes: bytes, maxEntries: limits.maxEntries))
    }

    /// The part the main part's relationship of `kind` points to (`numbering`, `styles`).
    private static func part(_ kind: String, of relationships: [Relationship], _ package: inout WordPackage) throws -> XMLElement? {
        guard let name = relationships.first(where: { $0.kind == kind })?.part else { return nil }
        return try package.xml(name)
    }

    private static func sectionStart(_ section: XMLElement) -> String {
        section.firstChild("w:type")?.attribute("w:val") ?? "nextPage"
    }

    /// Texts of the header (or footer) parts the sections reference, in order, each once.
    private static func marginalTexts(_ reference: String, _ sections: [XMLElement], _ relationships: [Relationship],
                                      _ package: inout WordPackage, _ stats: inout WalkStats) throws -> [String] {
        var seen: Set<String> = []
        var texts: [String] = []
        for section in sections {
            for element in section.childElements(reference) {
                guard let id = element.attribute("r:id"),
                      let part = relationships.first(where: { $0.id == id })?.part, seen.insert(part).inserted,
                      let root = try package.xml(part) else { continue }
                let content = WordWalker.lines(of: root)
                stats.add(content.stats)
                let text = content.lines.map { $0.trimmingCharacters() }.filter { !$0.isEmpty }.joined(separator: "\n")
                if !text.isEmpty { texts.append(text) }
            }
        }
        return texts
    }

    private static func warnings(_ stats: WalkStats) -> [ExtractionWarning] {
        var warnings: [ExtractionWarning] = []
        if stats.insertions + stats.deletions > 0 {
            warnings.append(ExtractionWarning(.trackedChangesResolved,
                "tracked changes accepted: \(stats.insertions) insertion(s) kept, \(stats.deletions) deletion(s) dropped"))
        }
        if stats.hiddenRuns > 0 {
            warnings.append(ExtractionWarning(.skippedContent, "\(stats.hiddenRuns) hidden run(s) left out"))
        }
        if stats.embeddedObjects > 0 {
            warnings.append(ExtractionWarning(.skippedContent, "\(stats.embeddedObjects) embedded object(s) skipped"))
        }
        if stats.skippedChunks > 0 {
            warnings.append(ExtractionWarning(.skippedContent, "\(stats.skippedChunks) imported chunk(s) (altChunk) skipped"))
        }
        return warnings
    }
}
