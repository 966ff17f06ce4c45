import ContractModel
import Testing
@testable import ExtractPDF

/// One quirk per file in Corpus/hostile, each with its own code; never a crash, never silently empty.
@Suite struct HostilePDFTests {
    func errorCode(_ path: String) -> HetongError.Code? {
        do {
            _ = try PDFExtractor.extract(path: path)
            return nil
        } catch let error as HetongError {
            return error.code
        } catch {
            return .internalError
        }
    }

    @Test func encryptedIsRefusedAsEncrypted() {
        #expect(errorCode(Fixture.hostile("encrypted.pdf")) == .encrypted)
    }

    @Test func truncatedIsCorrupt() throws {
        #expect(errorCode(Fixture.hostile("truncated.pdf")) == .corrupt)
    }

    @Test func textNamedPDFIsCorrupt() {
        #expect(errorCode(Fixture.hostile("not-a-pdf.pdf")) == .corrupt)
    }

    @Test func corruptCarriesPopplersMessage() {
        #expect(throws: HetongError(.corrupt, "PDF document is damaged")) {
            try PDFExtractor.extract(path: Fixture.hostile("not-a-pdf.pdf"))
        }
    }

    @Test func emptyFileIsEmpty() {
        #expect(errorCode(Fixture.hostile("empty.pdf")) == .emptyFile)
    }

    @Test func missingFileIsNotFound() {
        #expect(errorCode(Fixture.hostile("does-not-exist.pdf")) == .notFound)
    }

    @Test func directoryIsUnreadable() {
        #expect(errorCode(Fixture.repository.appendingPathComponent("Corpus/hostile").path) == .unreadable)
    }

    @Test func scannedPageHasNoTextLayer() throws {
        let document = try PDFExtractor.extract(path: Fixture.hostile("scanned-no-text-layer.pdf"))
        #expect(document.pages.count == 1)
        #expect(document.pages[0].text.isEmpty)
        #expect(document.warnings.map(\.code) == [.noTextLayer])
        #expect(document.warnings.first?.page == 1)
        #expect(document.warnings.first?.message.contains("image") == true)
    }

    /// A scanned page with a real page-number line under the image: the text is kept, and the page
    /// is still flagged, since its body is an image.
    @Test func scannedPageWithAPageNumberHasNoTextLayer() throws {
        let document = try PDFExtractor.extract(path: Fixture.hostile("scanned-with-page-number.pdf"))
        #expect(document.pages.count == 1)
        #expect(document.pages[0].text.filter { $0 != " " } == "第1页共1页\n")
        #expect(document.warnings.map(\.code) == [.noTextLayer])
        #expect(document.warnings.first?.message.contains("image covering") == true)
    }

    /// Sparse text alone is not a scan: a short page without images gets no warning.
    @Test func shortTextPageIsNotAScan() throws {
        let document = try PDFExtractor.extract(path: Fixture.hostile("non-embedded-chinese-font.pdf"))
        #expect(document.warnings.isEmpty)
    }

    @Test func fontWithoutToUnicodeIsGarbled() throws {
        let document = try PDFExtractor.extract(path: Fixture.hostile("garbled-no-tounicode.pdf"))
        #expect(document.pages.count == 2)
        #expect(document.warnings.map(\.code) == [.garbledText, .garbledText])
        #expect(document.warnings.map(\.page) == [1, 2])
        #expect(!document.pages[0].text.contains("采购合同"))
    }

    /// STSong-Light, not embedded: readable through poppler-data's Adobe-GB1 CMaps, and flagged
    /// when they are missing.
    @Test func nonEmbeddedChineseFontNeedsPopplerData() throws {
        let path = Fixture.hostile("non-embedded-chinese-font.pdf")
        let document = try PDFExtractor.extract(path: path, popplerDataInstalled: true)
        #expect(document.pages.map(\.text) == ["非嵌入字体合同：总价人民币叁拾万元整。\n"])
        #expect(document.warnings.isEmpty)

        let without = try PDFExtractor.extract(path: path, popplerDataInstalled: false)
        #expect(without.warnings.map(\.code) == [.popplerDataMissing])
        #expect(without.warnings.first?.message.contains("STSong-Light") == true)
        let embedded = try PDFExtractor.extract(path: Fixture.tablePDF, popplerDataInstalled: false)
        #expect(embedded.warnings.isEmpty)
    }

    @Test func popplerDataIsInstalledHere() {
        // poppler-data is a declared dependency of the package (apt provider of CPoppler).
        #expect(PDFExtractor.popplerDataInstalled())
        #expect(PDFExtractor.version.hasPrefix("poppler-glib "))
    }
}
