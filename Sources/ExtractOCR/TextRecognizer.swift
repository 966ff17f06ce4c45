import ContractModel

/// Text-line recognition with the PP-OCRv4 rec model: each line image at height 48, width in
/// proportion (batches padded to the widest line, at least 320), normalized to [-1, 1]; the model
/// gives per time step the probability of each class, decoded greedily as CTC: the best class per
/// step, repeats merged, blanks (class 0) dropped. The classes are the blank, the model's character
/// list (its `character` metadata, one per line) and a space appended last, as RapidOCR builds them.
struct TextRecognizer: Sendable {
    let model: OnnxModel
    let characters: [String]
    static let height = 48
    static let minimumWidth = 320
    var batchSize = 6

    init(model: OnnxModel) throws {
        self.model = model
        guard let list = try model.metadata("character"), !list.isEmpty else {
            throw HetongError(.ocrUnavailable, "the PP-OCR recognition model carries no character list")
        }
        characters = ["blank"] + list.split(separator: "\n", omittingEmptySubsequences: false).map(String.init) + [" "]
    }

    /// One line's text and confidence (mean probability of the characters read).
    struct Line: Sendable, Hashable { var text: String; var score: Double }

    /// Recognizes line images (`LineImage`: 48 high); results in input order. `progress` is called after each batch.
    func recognize(_ lines: [LineImage], progress: (@Sendable () -> Void)? = nil) throws -> [Line] {
        var results = [Line](repeating: Line(text: "", score: 0), count: lines.count)
        // Narrow lines first, so that a batch pads little.
        let order = lines.indices.sorted { lines[$0].width < lines[$1].width }
        for start in stride(from: 0, to: order.count, by: batchSize) {
            let batch = Array(order[start..<min(start + batchSize, order.count)])
            let width = max(Self.minimumWidth, batch.map { lines[$0].width }.max() ?? 0)
            let plane = Self.height * width
            var input = [Float](repeating: 0, count: batch.count * 3 * plane)
            for (n, index) in batch.enumerated() {
                let line = lines[index]
                for y in 0..<Self.height {
                    for x in 0..<line.width {
                        let v = line.values[y * line.width + x] / 127.5 - 1
                        let at = n * 3 * plane + y * width + x
                        input[at] = v; input[at + plane] = v; input[at + 2 * plane] = v
                    }
                }
            }
            let output = try model.run(Tensor(shape: [batch.count, 3, Self.height, width], values: input))
            guard output.shape.count == 3, output.shape[0] == batch.count else {
                throw HetongError(.internalError, "unexpected PP-OCR recognition output \(output.shape)")
            }
            let steps = output.shape[1], classes = output.shape[2]
            for (n, index) in batch.enumerated() {
                results[index] = Self.decode(output.values, offset: n * steps * classes, steps: steps, classes: classes,
                                             characters: characters)
            }
            progress?()
        }
        return results
    }

    /// Greedy CTC decoding of one line's `steps` × `classes` probabilities.
    static func decode(_ probabilities: [Float], offset: Int = 0, steps: Int, classes: Int, characters: [String]) -> Line {
        var text = "", scores: [Float] = [], previous = -1
        for t in 0..<steps {
            let row = offset + t * classes
            var best = 0, bestP = probabilities[row]
            for c in 1..<classes where probabilities[row + c] > bestP { best = c; bestP = probabilities[row + c] }
            defer { previous = best }
            guard best != 0, best != previous else { continue }
            if best < characters.count { text += characters[best] }
            scores.append(bestP)
        }
        let score = scores.isEmpty ? 0 : Double(scores.reduce(0, +)) / Double(scores.count)
        return Line(text: text, score: score)
    }
}

/// A text line cut out of the page and scaled to the recognizer's height: `width` × 48 gray values (0…255).
struct LineImage: Sendable {
    var width: Int
    var values: [Float]

    /// The line turned by 180° (a line the direction classifier finds upside down).
    func turned() -> LineImage { LineImage(width: width, values: values.reversed()) }
}
