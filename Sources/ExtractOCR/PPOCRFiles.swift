import Foundation

/// Where the PP-OCR files are: the three ONNX models of the RapidOCR wheel and ONNX Runtime's shared
/// library of the onnxruntime wheel, both installed by `Scripts/setup` into `.tools/ocr` of the
/// repository. Nothing is fetched at run time.
///
/// - `HETONG_OCR_MODELS=DIR`: the folder holding the three `.onnx` files;
/// - `HETONG_ONNXRUNTIME=PATH`: the `libonnxruntime.so` to open;
/// - otherwise `.tools/ocr` in the current directory or in a folder above the running executable
///   (`.build/release/hetong` and the test bundles find the repository's).
struct PPOCRFiles: Sendable, Hashable {
    static let detectionModel = "ch_PP-OCRv4_det_infer.onnx"
    static let recognitionModel = "ch_PP-OCRv4_rec_infer.onnx"
    static let directionModel = "ch_ppocr_mobile_v2.0_cls_infer.onnx"

    var detection: String
    var recognition: String
    var direction: String
    var runtime: String

    /// The files found, or a message saying which are missing.
    static func locate(environment: [String: String] = ProcessInfo.processInfo.environment) -> Result<PPOCRFiles, Missing> {
        let roots = toolRoots(environment: environment)
        let modelDirs = (environment["HETONG_OCR_MODELS"].flatMap { $0.isEmpty ? nil : [$0] })
            ?? roots.map { "\($0)/rapidocr_onnxruntime/models" }
        let models = modelDirs.first { dir in
            [detectionModel, recognitionModel, directionModel].allSatisfy { FileManager.default.isReadableFile(atPath: "\(dir)/\($0)") }
        }
        let runtime: String?
        if let named = environment["HETONG_ONNXRUNTIME"], !named.isEmpty {
            runtime = FileManager.default.isReadableFile(atPath: named) ? named : nil
        } else {
            runtime = roots.lazy.compactMap { library(in: "\($0)/onnxruntime/capi") }.first
        }
        guard let models, let runtime else {
            var missing: [String] = []
            if models == nil { missing.append("the PP-OCR models (\(modelDirs.first ?? ".tools/ocr"))") }
            if runtime == nil { missing.append("libonnxruntime (\(environment["HETONG_ONNXRUNTIME"] ?? ".tools/ocr/onnxruntime/capi"))") }
            return .failure(Missing(message: "PP-OCR needs \(missing.joined(separator: " and ")): run Scripts/setup, or set HETONG_OCR_MODELS / HETONG_ONNXRUNTIME"))
        }
        return .success(PPOCRFiles(detection: "\(models)/\(detectionModel)", recognition: "\(models)/\(recognitionModel)",
                                   direction: "\(models)/\(directionModel)", runtime: runtime))
    }

    struct Missing: Error, Sendable { var message: String }

    /// `.tools/ocr` in the current directory and in every folder above the executable, nearest first.
    static func toolRoots(environment: [String: String]) -> [String] {
        var roots: [String] = []
        func add(_ dir: URL) {
            let candidate = dir.appendingPathComponent(".tools/ocr").path
            if !roots.contains(candidate), FileManager.default.fileExists(atPath: candidate) { roots.append(candidate) }
        }
        add(URL(fileURLWithPath: FileManager.default.currentDirectoryPath))
        let executable = URL(fileURLWithPath: "/proc/self/exe").resolvingSymlinksInPath()
        var dir = (FileManager.default.fileExists(atPath: "/proc/self/exe") ? executable
                   : URL(fileURLWithPath: CommandLine.arguments.first ?? ".")).deletingLastPathComponent()
        while dir.path != "/" && !dir.path.isEmpty {
            add(dir)
            dir = dir.deletingLastPathComponent()
        }
        return roots
    }

    /// `libonnxruntime.so` or its versioned name (`libonnxruntime.so.1.32.0`) in `dir`.
    static func library(in dir: String) -> String? {
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: dir) else { return nil }
        let candidates = names.filter { $0.hasPrefix("libonnxruntime.so") || $0 == "libonnxruntime.dylib" }.sorted()
        return candidates.first.map { "\(dir)/\($0)" }
    }
}
