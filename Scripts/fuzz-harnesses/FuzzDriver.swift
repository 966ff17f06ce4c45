// libFuzzer's driver, one copy for every harness. SwiftPM gives an executable its own entry point
// (`<Product>_main`), so libFuzzer's `main` is not used: a harness hands its target to the driver.
#if canImport(Glibc)
import Glibc
#endif

@_silgen_name("LLVMFuzzerRunDriver")
func LLVMFuzzerRunDriver(_ argc: UnsafeMutablePointer<CInt>,
                         _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>>,
                         _ callback: @convention(c) (UnsafePointer<UInt8>?, Int) -> CInt) -> CInt

/// The harness's target, set once before the driver starts: libFuzzer calls a C function pointer,
/// which cannot capture it.
nonisolated(unsafe) private var currentTarget: ((UnsafePointer<UInt8>, Int) -> CInt)?

/// Runs libFuzzer's driver over `target` with the process's arguments; exits with its status.
public func runFuzzer(_ target: @escaping (UnsafePointer<UInt8>, Int) -> CInt) -> Never {
    currentTarget = target
    var argc = CommandLine.argc
    var argv = CommandLine.unsafeArgv
    exit(LLVMFuzzerRunDriver(&argc, &argv) { data, size in
        currentTarget!(data ?? UnsafePointer(bitPattern: 1)!, size)
    })
}
