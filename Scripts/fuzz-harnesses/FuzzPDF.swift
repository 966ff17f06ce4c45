// libFuzzer harness: bytes as a PDF file through PDFExtractor (poppler, page glyphs, table rows, ink
// check of pages without text). Any thrown HetongError is a fine answer.
import ContractModel
import ExtractPDF
#if canImport(Glibc)
import Glibc
import FuzzDriver
#endif

private let path: String = {
    let template = "/tmp/hetong-fuzz-pdf-\(getpid()).pdf"
    return template
}()

func fuzzPDF(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let fd = open(path, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
    precondition(fd >= 0)
    var written = 0
    while written < size {
        let n = write(fd, data + written, size - written)
        precondition(n > 0)
        written += n
    }
    close(fd)
    do {
        let document = try PDFExtractor.extract(path: path, limits: ExtractionLimits(maxPages: 200))
        precondition(document.pages.map(\.number) == Array(0..<document.pages.count).map { $0 + 1 }, "page numbers")
    } catch is HetongError {
    } catch let incomplete as IncompleteExtraction {
        precondition(incomplete.error.code == .timeout)
    } catch {
        preconditionFailure("not a HetongError: \(error)")
    }
    return 0
}

@main enum Harness {
    static func main() { runFuzzer(fuzzPDF) }
}
