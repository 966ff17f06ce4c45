// libFuzzer harness: bytes as a DOCX: ZIP directory, bounded raw inflater, relationships, libxml2
// parse and the WordprocessingML walk. Any thrown HetongError is a fine answer; a crash, a hang or
// an error of another type is not.
import ContractModel
#if canImport(Glibc)
import Glibc
#endif
import ExtractDOCX

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

/// SwiftPM gives an executable its own entry point (`<Product>_main`), so libFuzzer's `main` is not
/// used: the harness hands its callback to libFuzzer's driver itself.
@_silgen_name("LLVMFuzzerRunDriver")
func LLVMFuzzerRunDriver(_ argc: UnsafeMutablePointer<CInt>,
                         _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>>,
                         _ callback: @convention(c) (UnsafePointer<UInt8>?, Int) -> CInt) -> CInt

@main enum Harness {
    static func main() {
        var argc = CommandLine.argc
        var argv = CommandLine.unsafeArgv
        exit(LLVMFuzzerRunDriver(&argc, &argv) { data, size in fuzzDOCX(data ?? UnsafePointer(bitPattern: 1)!, size) })
    }
}
