import ContractModel

/// Text-line direction with the PP-OCR mobile cls model: a line image scaled to 48 high and at most
/// 192 wide (padded to 192), normalized to [-1, 1]; the model gives the probabilities of 0° and 180°.
/// A line is upside down when 180° wins with more than `threshold` (RapidOCR's 0.9).
struct LineDirection: Sendable {
    let model: OnnxModel
    static let width = 192
    var threshold: Float = 0.9
    var batchSize = 6

    /// For each line: whether it reads upside down.
    func upsideDown(_ lines: [LineImage]) throws -> [Bool] {
        var result = [Bool](repeating: false, count: lines.count)
        let plane = TextRecognizer.height * Self.width
        for start in stride(from: 0, to: lines.count, by: batchSize) {
            let batch = Array(lines[start..<min(start + batchSize, lines.count)])
            var input = [Float](repeating: 0, count: batch.count * 3 * plane)
            for (n, line) in batch.enumerated() {
                let narrow = line.narrowed(to: Self.width)
                for y in 0..<TextRecognizer.height {
                    for x in 0..<narrow.width {
                        let v = narrow.values[y * narrow.width + x] / 127.5 - 1
                        let at = n * 3 * plane + y * Self.width + x
                        input[at] = v; input[at + plane] = v; input[at + 2 * plane] = v
                    }
                }
            }
            let output = try model.run(Tensor(shape: [batch.count, 3, TextRecognizer.height, Self.width], values: input))
            guard output.shape.count == 2, output.shape[0] == batch.count, output.shape[1] == 2 else {
                throw HetongError(.internalError, "unexpected PP-OCR direction output \(output.shape)")
            }
            for n in batch.indices {
                let p0 = output.values[n * 2], p180 = output.values[n * 2 + 1]
                result[start + n] = p180 > p0 && p180 > threshold
            }
        }
        return result
    }
}

extension LineImage {
    /// The line squeezed to at most `maxWidth` columns (linear interpolation along the line), as the
    /// classifier sees a long line whole.
    func narrowed(to maxWidth: Int) -> LineImage {
        guard width > maxWidth else { return self }
        let h = values.count / max(1, width)
        var out = [Float](repeating: 0, count: maxWidth * h)
        let scale = Double(width) / Double(maxWidth)
        for x in 0..<maxWidth {
            // Mean of the source columns this column covers.
            let a = Int(Double(x) * scale), b = max(a + 1, min(width, Int(Double(x + 1) * scale)))
            for y in 0..<h {
                var sum: Float = 0
                for sx in a..<b { sum += values[y * width + sx] }
                out[y * maxWidth + x] = sum / Float(b - a)
            }
        }
        return LineImage(width: maxWidth, values: out)
    }
}
