// libFuzzer harness: bytes as a DOCX: ZIP directory, bounded raw inflater, relationships, libxml2
// parse and the WordprocessingML walk. Any thrown HetongError is a fine answer; a crash, a hang or
// an error of another type is not.
import ContractModel
#if canImport(Glibc)
import Glibc
#endif
import ExtractDOCX
import FuzzDriver

func fuzzDOCX(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let bytes = Array(UnsafeBufferPointer(start: data, count: size))
    do {
        let document = try DOCXExtractor.extract(bytes: bytes)
        precondition(!document.pages.isEmpty, "a document without pages")
    } catch is HetongError {
    } catch {
        preconditionFailure("not a HetongError: \(error)")
    }
    return 0
}

@main enum Harness {
    static func main() { runFuzzer(fuzzDOCX) }
}
