import ContractModel
import Foundation
import Synchronization

/// When to OCR a page (`--ocr auto|always|never`).
public enum OCRMode: String, Sendable, CaseIterable, Codable {
    /// Pages flagged `no_text_layer` or `garbled_text` only.
    case auto
    /// Every page, text layer or not.
    case always
    /// Never: flagged pages stay as extracted (with their warnings).
    case never
}

/// Which OCR engine reads pages (`--ocr-engine auto|ppocr|tesseract`).
public enum OCREngineChoice: String, Sendable, CaseIterable, Codable {
    /// PP-OCR where its models and ONNX Runtime are found, else Tesseract.
    case auto
    /// PP-OCRv4 through ONNX Runtime only.
    case ppocr
    /// Tesseract (chi_sim) only.
    case tesseract
}

/// The text of one page read by OCR.
public struct RecognizedPage: Sendable, Hashable {
    public var text: String
    public var info: OCRInfo
    public var skewDegrees: Double
    /// How far the page was turned (counter-clockwise, degrees) to be read upright: 0, 90, 180 or 270.
    public var turnedDegrees: Int = 0
}

/// Recognizes rendered pages with PP-OCR (ONNX Runtime) or Tesseract, in parallel across pages
/// within a thread budget. Tesseract engines are expensive to start (the Chinese model loads in
/// about a second) so they are pooled for the life of the process and each is used by one thread
/// at a time; the PP-OCR engine is loaded once and shared by the threads.
public enum PageOCR {
    public static var engineName: String { "tesseract \(TesseractEngine.version) (\(TesseractEngine.languages))" }

    private static let pool = Mutex<[TesseractEngine]>([])

    private static let shutdownRegistered = Mutex(false)

    /// Frees the pooled engines (registered with `atexit`, so Tesseract's cache is released cleanly).
    public static func shutdown() {
        pool.withLock { $0.removeAll() }
    }

    private static func withEngine<T>(_ body: (TesseractEngine) throws -> T) throws -> T {
        let engine = try pool.withLock { $0.popLast() } ?? TesseractEngine()
        // Registered after the first engine exists, so it runs before Tesseract's own static cache is
        // destroyed (exit handlers run in reverse order of registration).
        shutdownRegistered.withLock { registered in
            if !registered { registered = true; atexit { PageOCR.shutdown() } }
        }
        defer { pool.withLock { $0.append(engine) } }
        return try body(engine)
    }

    /// True when Tesseract and the chi_sim model load.
    public static func isAvailable() -> Bool {
        (try? withEngine { _ in true }) ?? false
    }

    /// Recognizes one page with Tesseract.
    public static func recognize(_ raster: PageRaster) throws -> RecognizedPage {
        try withEngine { engine in
            let result = try engine.recognize(raster)
            return RecognizedPage(text: result.text, info: OCRInfo(engine: engineName, meanConfidence: result.confidence),
                                  skewDegrees: result.skewDegrees)
        }
    }

    /// The engine a choice comes to on this machine: `auto` is PP-OCR when it loads, else Tesseract.
    /// Nil when the chosen engine (for `auto`: either) cannot be loaded.
    public static func resolve(_ choice: OCREngineChoice) -> OCREngineChoice? {
        switch choice {
        case .ppocr: return (try? PPOCREngine.shared.get()) != nil ? .ppocr : nil
        case .tesseract: return isAvailable() ? .tesseract : nil
        case .auto: return resolve(.ppocr) ?? resolve(.tesseract)
        }
    }

    /// Why the chosen engine cannot read pages (for the `ocr_unavailable` warning).
    public static func unavailableReason(_ choice: OCREngineChoice) -> String {
        let tesseract = "Tesseract (chi_sim) is not installed"
        let ppocr: String
        switch PPOCREngine.shared {
        case .failure(let error): ppocr = error.message
        case .success: ppocr = "PP-OCR loaded"
        }
        switch choice {
        case .tesseract: return tesseract
        case .ppocr: return ppocr
        case .auto: return "\(ppocr); \(tesseract)"
        }
    }

    /// `progress` is called as the page advances (PP-OCR: after detection and each batch of lines).
    public static func recognize(_ raster: PageRaster, engine choice: OCREngineChoice,
                                 progress: (@Sendable () -> Void)? = nil) throws -> RecognizedPage {
        switch resolve(choice) {
        case .ppocr:
            let engine = try PPOCREngine.shared.get()
            let page = try engine.recognize(raster, progress: progress)
            return RecognizedPage(text: page.text, info: OCRInfo(engine: engine.name, meanConfidence: page.confidence),
                                  skewDegrees: 0, turnedDegrees: page.turnedDegrees)
        case .tesseract: return try recognize(raster)
        case .auto, nil: throw HetongError(.ocrUnavailable, unavailableReason(choice))
        }
    }

    /// Recognizes pages concurrently on at most `jobs` threads; results in input order. `progress` is called as
    /// pages advance and after each page (from the recognizing threads).
    public static func recognize(_ rasters: [PageRaster], jobs: Int, engine: OCREngineChoice,
                                 progress: (@Sendable () -> Void)? = nil) -> [Result<RecognizedPage, HetongError>] {
        let results = Mutex<[Result<RecognizedPage, HetongError>?]>(Array(repeating: nil, count: rasters.count))
        DispatchQueue.concurrentPerform(iterations: min(max(1, jobs), max(1, rasters.count))) { worker in
            var index = worker
            let stride = min(max(1, jobs), max(1, rasters.count))
            while index < rasters.count {
                let result: Result<RecognizedPage, HetongError>
                do { result = .success(try recognize(rasters[index], engine: engine, progress: progress)) }
                catch let error as HetongError { result = .failure(error) }
                catch { result = .failure(HetongError(.internalError, "\(error)")) }
                results.withLock { $0[index] = result }
                progress?()
                index += stride
            }
        }
        return results.withLock { $0.map { $0! } }
    }
}
