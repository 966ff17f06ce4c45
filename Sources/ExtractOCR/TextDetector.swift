/// Text detection with the PP-OCRv4 DB model: the page scaled so that its longer side is at most
/// `maxSide` and both sides are multiples of 32, normalized to [-1, 1]; the model
/// gives the probability that each pixel is text; pixels above `threshold` (dilated by 2×2) form
/// regions, each region's smallest rectangle is kept when the mean probability in it is at least
/// `boxThreshold`, and grown back by `unclipRatio` · area / perimeter (DB shrinks text when it learns).
struct TextDetector: Sendable {
    let model: OnnxModel
    /// PaddleOCR's default limit. RapidOCR reads pages at up to 2000: on the Corpus scans 960, 1280 and
    /// 2000 gave the same text (zongzhi page 4, yingji pages 1–2), and 960 takes det from 3.6 s to 0.7 s
    /// a page and rec from 8.4 s to 4.9 s (tighter boxes, fewer columns; debug build, loaded machine).
    var maxSide = 960
    var post = DBPostProcess()

    /// The text boxes of the page, in page pixels.
    func detect(_ page: GrayImage) throws -> [RotatedRect] {
        let scale = min(1, Double(maxSide) / Double(max(page.width, page.height)))
        let w = max(32, Int((Double(page.width) * scale / 32).rounded()) * 32)
        let h = max(32, Int((Double(page.height) * scale / 32).rounded()) * 32)
        let scaled = page.resized(width: w, height: h)
        var input = [Float](repeating: 0, count: 3 * w * h)
        for i in 0..<(w * h) {
            let v = scaled[i] / 127.5 - 1
            input[i] = v; input[w * h + i] = v; input[2 * w * h + i] = v
        }
        let output = try model.run(Tensor(shape: [1, 3, h, w], values: input))
        guard output.shape.count == 4, output.shape[2] == h, output.shape[3] == w else { return [] }
        return post.boxes(probability: output.values, width: w, height: h,
                     toPage: (Double(page.width) / Double(w), Double(page.height) / Double(h)),
                     pageSize: (Double(page.width), Double(page.height)))
    }

}

/// DB post-processing (PaddleOCR's `DBPostProcess` with RapidOCR's settings).
struct DBPostProcess: Sendable {
    var threshold: Float = 0.3
    var boxThreshold: Float = 0.5
    var unclipRatio = 1.6
    var maxCandidates = 1000

    /// DB post-processing of a probability map (`width` × `height`) into boxes scaled by `toPage`.
    func boxes(probability map: [Float], width w: Int, height h: Int,
               toPage: (x: Double, y: Double), pageSize: (Double, Double)) -> [RotatedRect] {
        // Threshold, then a 2×2 dilation (each pixel takes the maximum of itself, left, up and up-left).
        var mask = [Bool](repeating: false, count: w * h)
        for y in 0..<h {
            for x in 0..<w {
                let i = y * w + x
                mask[i] = map[i] > threshold || (x > 0 && map[i - 1] > threshold)
                    || (y > 0 && map[i - w] > threshold) || (x > 0 && y > 0 && map[i - w - 1] > threshold)
            }
        }
        var result: [RotatedRect] = []
        for region in Regions.boundaries(mask, width: w, height: h).prefix(maxCandidates) {
            guard var (rect, shortSide) = RotatedRect.minimumArea(of: region), shortSide >= 3 else { continue }
            guard meanProbability(map, width: w, height: h, in: rect) >= boxThreshold else { continue }
            // A region about as wide as high (a character alone, a digit in its cell) has no direction
            // of its own: its smallest rectangle may lean 20° (a `2` beside a rule), and the crop then
            // takes in the rule and reads nothing. Its upright rectangle is the box (text lines run
            // along the page's axes; a page turned a quarter is found by `PageOrientation`).
            if max(rect.width, rect.height) < 2 * shortSide {
                let xs = region.map(\.x), ys = region.map(\.y)
                rect = RotatedRect.axisAligned(minX: xs.min()!, minY: ys.min()!, maxX: xs.max()!, maxY: ys.max()!)
                shortSide = min(rect.width, rect.height)
            }
            let area = rect.width * rect.height, perimeter = 2 * (rect.width + rect.height)
            let grown = rect.expanded(by: area * unclipRatio / max(perimeter, 1e-9))
            guard min(grown.width, grown.height) >= 5 else { continue }
            var page = grown.scaled(x: toPage.x, y: toPage.y)
            page.corners = page.corners.map { Point(x: min(max($0.x, 0), pageSize.0), y: min(max($0.y, 0), pageSize.1)) }
            guard page.width > 3, page.height > 3 else { continue }
            result.append(page)
        }
        return result
    }

    /// Mean of the map over the pixels whose centres lie in the rectangle.
    func meanProbability(_ map: [Float], width w: Int, height h: Int, in rect: RotatedRect) -> Float {
        let x0 = max(0, Int(rect.minX.rounded(.down))), x1 = min(w - 1, Int(rect.maxX.rounded(.up)))
        let y0 = max(0, Int(rect.minY.rounded(.down))), y1 = min(h - 1, Int(rect.maxY.rounded(.up)))
        guard x0 <= x1, y0 <= y1 else { return 0 }
        var sum: Float = 0, count = 0
        for y in y0...y1 {
            for x in x0...x1 where rect.contains(Point(x: Double(x), y: Double(y))) {
                sum += map[y * w + x]; count += 1
            }
        }
        return count > 0 ? sum / Float(count) : 0
    }
}

/// 8-connected regions of a mask, each given by its boundary pixels (a pixel of the region with a
/// 4-neighbour outside it), in the order their first pixel is met scanning rows.
enum Regions {
    static func boundaries(_ mask: [Bool], width w: Int, height h: Int) -> [[Point]] {
        var label = [Int32](repeating: -1, count: w * h)
        var regions: [[Point]] = []
        var stack: [Int] = []
        for start in 0..<(w * h) where mask[start] && label[start] < 0 {
            let id = Int32(regions.count)
            var boundary: [Point] = []
            label[start] = id
            stack.append(start)
            while let i = stack.popLast() {
                let x = i % w, y = i / w
                let edge = x == 0 || y == 0 || x == w - 1 || y == h - 1
                    || !mask[i - 1] || !mask[i + 1] || !mask[i - w] || !mask[i + w]
                if edge { boundary.append(Point(x: Double(x), y: Double(y))) }
                for dy in -1...1 {
                    let ny = y + dy
                    guard ny >= 0, ny < h else { continue }
                    for dx in -1...1 where dx != 0 || dy != 0 {
                        let nx = x + dx
                        guard nx >= 0, nx < w else { continue }
                        let j = ny * w + nx
                        if mask[j] && label[j] < 0 { label[j] = id; stack.append(j) }
                    }
                }
            }
            regions.append(boundary)
        }
        return regions
    }
}
