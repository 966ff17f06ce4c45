import ContractModel
import Foundation

/// The PP-OCR engine: PP-OCRv4 text detection (DB), PP-OCR line direction (cls, 0°/180°) and PP-OCRv4
/// recognition (CTC), the ONNX models of the RapidOCR wheel run by ONNX Runtime; pre- and
/// post-processing here in Swift, after RapidOCR's reference pipeline. One engine serves every
/// thread (ONNX Runtime sessions may run concurrently); a page runs on the thread that asks.
final class PPOCREngine: Sendable {
    let runtime: OnnxRuntime
    let detector: TextDetector
    let direction: LineDirection
    let recognizer: TextRecognizer
    /// Lines read with a lower mean probability are dropped (RapidOCR's `text_score`).
    static let minimumLineScore = 0.5

    init(files: PPOCRFiles) throws {
        runtime = try OnnxRuntime(path: files.runtime)
        detector = TextDetector(model: try OnnxModel(runtime: runtime, path: files.detection))
        direction = LineDirection(model: try OnnxModel(runtime: runtime, path: files.direction))
        recognizer = try TextRecognizer(model: try OnnxModel(runtime: runtime, path: files.recognition))
    }

    /// The engine of this process, loaded on first use; a failure (files missing, runtime not
    /// loadable) is remembered and reported as `ocr_unavailable`.
    static let shared: Result<PPOCREngine, HetongError> = {
        switch PPOCRFiles.locate() {
        case .failure(let missing): return .failure(HetongError(.ocrUnavailable, missing.message))
        case .success(let files):
            do { return .success(try PPOCREngine(files: files)) }
            catch let error as HetongError { return .failure(error) }
            catch { return .failure(HetongError(.ocrUnavailable, "\(error)")) }
        }
    }()

    var name: String { "ppocr PP-OCRv4 (onnxruntime \(runtime.version))" }

    /// What one page gave: its text laid out in lines and cells, the mean line confidence (0…100),
    /// and by how much the page was turned (counter-clockwise, degrees) to read it upright.
    struct Page: Sendable { var text: String; var confidence: Int; var turnedDegrees: Int }

    func recognize(_ raster: PageRaster, progress: (@Sendable () -> Void)? = nil) throws -> Page {
        // A page too small to hold a character (a hostile PDF's sliver of a page) has no text to find.
        guard raster.width >= 8, raster.height >= 8 else { return Page(text: "", confidence: 0, turnedDegrees: 0) }
        var clock = StageClock()
        var page = GrayImage(width: raster.width, height: raster.height, pixels: InkFilter.grayDroppingSeals(raster))
        var boxes = try detector.detect(page)
        clock.lap("det")
        let turns = try PageOrientation.quarterTurns(boxes: boxes, page: page, direction: direction)
        clock.lap("orientation")
        if turns != 0 {
            page = page.rotated(quarterTurns: turns)
            boxes = try detector.detect(page)
            clock.lap("det again")
        }
        // Boxes across table rules are cut into their cells.
        let pieces = boxes.flatMap { TableRules.split($0, in: page) }
        var lines = pieces.map { LineCrop.image(of: $0.box, in: page) }
        clock.lap("crop")
        let flipped = try direction.upsideDown(lines)
        for i in lines.indices where flipped[i] { lines[i] = lines[i].turned() }
        clock.lap("cls")
        progress?()
        let read = try recognizer.recognize(lines, progress: progress)
        clock.lap("rec")
        var words: [OCRWord] = []
        var scores: [Double] = []
        for (piece, line) in zip(pieces, read) where line.score >= Self.minimumLineScore && !line.text.isEmpty {
            words.append(BoxLines.word(line.text, box: piece.box, afterBorder: piece.afterRule))
            scores.append(line.score)
        }
        let confidence = scores.isEmpty ? 0 : Int((scores.reduce(0, +) / Double(scores.count) * 100).rounded())
        var rows = BoxLines.lines(words)
        // A table rule in the gap between two boxes of a row is a cell border; a word with rules all
        // round stands in a ruled cell (its wrapped lines are one cell).
        for r in rows.indices {
            for w in rows[r].words.indices {
                if w > 0, !rows[r].words[w].afterBorder, TableRules.ruleBetween(rows[r].words[w - 1], rows[r].words[w], in: page) {
                    rows[r].words[w].afterBorder = true
                }
                rows[r].words[w].cell = RuledCells.cell(around: rows[r].words[w], in: page)
            }
        }
        clock.lap("layout")
        clock.report("\(boxes.count) boxes (\(pieces.count) cut at rules), \(lines.reduce(0) { $0 + $1.width }) columns at height 48")
        return Page(text: OCRLayout.text(rows), confidence: confidence, turnedDegrees: turns * 90)
    }
}

/// Cutting a text box out of the page as a line image for the classifier and the recognizer.
enum LineCrop {
    /// The box at the recognizer's height, its width in proportion. A box at least 1.5 times as
    /// tall as wide is turned a quarter counter-clockwise first (a vertical line), as RapidOCR does.
    static func image(of box: RotatedRect, in page: GrayImage) -> LineImage {
        let c = box.corners
        let (origin, across, down): (Point, Point, Point)
        if box.height >= 1.5 * box.width {
            (origin, across, down) = (c[1], c[3] - c[0], c[0] - c[1])
        } else {
            (origin, across, down) = (c[0], c[1] - c[0], c[3] - c[0])
        }
        let ratio = across.length / max(down.length, 1)
        let height = TextRecognizer.height
        let width = max(1, Int((Double(height) * ratio).rounded(.up)))
        return LineImage(width: width, values: page.crop(origin: origin, across: across, down: down, outWidth: width, outHeight: height))
    }
}

/// `HETONG_OCR_TIMING=1`: one line per PP-OCR page on stderr with the seconds of each stage (where
/// the time goes, for Scripts/bench-ocr).
struct StageClock {
    static let enabled = ProcessInfo.processInfo.environment["HETONG_OCR_TIMING"] == "1"
    private var last = DispatchTime.now().uptimeNanoseconds
    private var laps: [(String, Double)] = []

    mutating func lap(_ name: String) {
        guard Self.enabled else { return }
        let now = DispatchTime.now().uptimeNanoseconds
        laps.append((name, Double(now - last) / 1e9))
        last = now
    }

    func report(_ detail: String) {
        guard Self.enabled else { return }
        let stages = laps.map { "\($0.0) \(String(format: "%.3f", $0.1))" }.joined(separator: ", ")
        FileHandle.standardError.write(Data("ppocr-timing: \(stages) s; \(detail)\n".utf8))
    }
}
