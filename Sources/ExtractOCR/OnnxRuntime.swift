import ContractModel
import Foundation
internal import COnnxRuntime

/// The only file that touches ONNX Runtime (through `COnnxRuntime/shim.h`). The runtime is opened on
/// first use, never linked; one `OnnxModel` is one inference session, freed in `deinit`. ONNX
/// Runtime's `Run` may be called from several threads on one session, so a model is shared by the
/// page threads, each session running its operators on one thread (pages are the parallelism).
final class OnnxRuntime: @unchecked Sendable {
    fileprivate let api: UnsafePointer<COrt_Api>
    fileprivate let env: OpaquePointer
    fileprivate let memoryInfo: OpaquePointer
    fileprivate let allocator: OpaquePointer
    let version: String

    /// Opens the library at `path` and creates the environment (warnings and worse logged by the runtime).
    init(path: String) throws {
        var table: UnsafePointer<COrt_Api>?
        var version: UnsafePointer<CChar>?
        if let failure = path.withCString({ COrt_load($0, &table, &version) }) {
            throw HetongError(.ocrUnavailable, "\(String(cString: failure)) (\(path))")
        }
        guard let table else { throw HetongError(.ocrUnavailable, "ONNX Runtime gave no API table") }
        api = table
        self.version = version.map { String(cString: $0) } ?? "unknown"
        var env: OpaquePointer?
        try Self.check(table, table.pointee.CreateEnv(ORT_LOGGING_LEVEL_ERROR, "hetong", &env))
        var info: OpaquePointer?
        try Self.check(table, table.pointee.CreateCpuMemoryInfo(OrtDeviceAllocator, OrtMemTypeDefault, &info))
        var allocator: OpaquePointer?
        try Self.check(table, table.pointee.GetAllocatorWithDefaultOptions(&allocator))
        guard let env, let info, let allocator else { throw HetongError(.ocrUnavailable, "ONNX Runtime returned no environment") }
        self.env = env
        self.memoryInfo = info
        self.allocator = allocator
    }

    deinit {
        api.pointee.ReleaseMemoryInfo(memoryInfo)
        api.pointee.ReleaseEnv(env)
    }

    /// Turns an `OrtStatus` into a thrown error (and frees it); nil is success.
    fileprivate static func check(_ api: UnsafePointer<COrt_Api>, _ status: OpaquePointer?) throws {
        guard let status else { return }
        let message = api.pointee.GetErrorMessage(status).map { String(cString: $0) } ?? "unknown error"
        api.pointee.ReleaseStatus(status)
        throw HetongError(.internalError, "ONNX Runtime: \(message)")
    }

    fileprivate func check(_ status: OpaquePointer?) throws { try Self.check(api, status) }

    /// A string the runtime allocated, copied and freed.
    fileprivate func take(_ pointer: UnsafeMutablePointer<CChar>?) -> String? {
        guard let pointer else { return nil }
        defer { _ = api.pointee.AllocatorFree(allocator, pointer) }
        return String(cString: pointer)
    }
}

/// A float tensor: its shape and its values in row-major order.
struct Tensor: Sendable {
    var shape: [Int]
    var values: [Float]
}

/// One ONNX model loaded into an inference session with one input and one output (as the PP-OCR
/// det, cls and rec models are).
final class OnnxModel: @unchecked Sendable {
    private let runtime: OnnxRuntime
    private let session: OpaquePointer
    private let inputName: String
    private let outputName: String

    init(runtime: OnnxRuntime, path: String) throws {
        self.runtime = runtime
        let api = runtime.api.pointee
        var options: OpaquePointer?
        try runtime.check(api.CreateSessionOptions(&options))
        defer { api.ReleaseSessionOptions(options) }
        try runtime.check(api.SetIntraOpNumThreads(options, 1))
        try runtime.check(api.SetInterOpNumThreads(options, 1))
        try runtime.check(api.SetSessionGraphOptimizationLevel(options, ORT_ENABLE_ALL))
        var session: OpaquePointer?
        do { try runtime.check(api.CreateSession(runtime.env, path, options, &session)) }
        catch let error as HetongError { throw HetongError(.ocrUnavailable, "cannot load \(path): \(error.message)") }
        guard let session else { throw HetongError(.ocrUnavailable, "cannot load \(path)") }
        self.session = session
        var input: UnsafeMutablePointer<CChar>?, output: UnsafeMutablePointer<CChar>?
        do {
            try runtime.check(api.SessionGetInputName(session, 0, runtime.allocator, &input))
            try runtime.check(api.SessionGetOutputName(session, 0, runtime.allocator, &output))
        } catch {
            api.ReleaseSession(session)
            throw error
        }
        inputName = runtime.take(input) ?? ""
        outputName = runtime.take(output) ?? ""
    }

    deinit { runtime.api.pointee.ReleaseSession(session) }

    /// The value of a key of the model's custom metadata (the rec model keeps its characters under `character`).
    func metadata(_ key: String) throws -> String? {
        let api = runtime.api.pointee
        var metadata: OpaquePointer?
        try runtime.check(api.SessionGetModelMetadata(session, &metadata))
        defer { api.ReleaseModelMetadata(metadata) }
        var value: UnsafeMutablePointer<CChar>?
        try runtime.check(api.ModelMetadataLookupCustomMetadataMap(metadata, runtime.allocator, key, &value))
        return runtime.take(value)
    }

    /// Runs the model on one float tensor; the output is copied out.
    func run(_ input: Tensor) throws -> Tensor {
        precondition(input.values.count == input.shape.reduce(1, *), "tensor size mismatch")
        let api = runtime.api.pointee
        var values = input.values
        let shape = input.shape.map(Int64.init)
        var outputValue: OpaquePointer?
        // The input tensor borrows `values`' storage: it lives and is released inside this closure.
        try values.withUnsafeMutableBytes { bytes in
            var inputValue: OpaquePointer?
            try runtime.check(api.CreateTensorWithDataAsOrtValue(
                runtime.memoryInfo, bytes.baseAddress, bytes.count, shape, shape.count,
                ONNX_TENSOR_ELEMENT_DATA_TYPE_FLOAT, &inputValue))
            defer { api.ReleaseValue(inputValue) }
            try inputName.withCString { inName in
                try outputName.withCString { outName in
                    var inNames: [UnsafePointer<CChar>?] = [inName]
                    var outNames: [UnsafePointer<CChar>?] = [outName]
                    var inputs: [OpaquePointer?] = [inputValue]
                    try runtime.check(api.Run(session, nil, &inNames, &inputs, 1, &outNames, 1, &outputValue))
                }
            }
        }
        guard let outputValue else { throw HetongError(.internalError, "ONNX Runtime returned no output") }
        defer { api.ReleaseValue(outputValue) }
        var info: OpaquePointer?
        try runtime.check(api.GetTensorTypeAndShape(outputValue, &info))
        defer { api.ReleaseTensorTypeAndShapeInfo(info) }
        var rank = 0
        try runtime.check(api.GetDimensionsCount(info, &rank))
        var dims = [Int64](repeating: 0, count: rank)
        try runtime.check(api.GetDimensions(info, &dims, rank))
        let outShape = dims.map { Int($0) }
        let count = outShape.reduce(1, *)
        var data: UnsafeMutableRawPointer?
        try runtime.check(api.GetTensorMutableData(outputValue, &data))
        guard let data, count >= 0 else { throw HetongError(.internalError, "ONNX Runtime output has no data") }
        let floats = data.bindMemory(to: Float.self, capacity: count)
        return Tensor(shape: outShape, values: Array(UnsafeBufferPointer(start: floats, count: count)))
    }
}
