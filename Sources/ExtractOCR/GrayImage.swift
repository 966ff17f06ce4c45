/// An 8-bit gray page or part of one, row by row (y grows downwards), for the PP-OCR engine.
struct GrayImage: Sendable, Hashable {
    var width: Int
    var height: Int
    var pixels: [UInt8]

    init(width: Int, height: Int, pixels: [UInt8]) {
        precondition(pixels.count == width * height, "image size mismatch")
        self.width = width
        self.height = height
        self.pixels = pixels
    }

    /// Bilinear value at a point in pixel coordinates (pixel centres at integer + 0.5), edges replicated.
    @inline(__always)
    func sample(_ x: Double, _ y: Double) -> Float {
        let fx = min(max(x - 0.5, 0), Double(width - 1)), fy = min(max(y - 0.5, 0), Double(height - 1))
        let x0 = Int(fx), y0 = Int(fy)
        let x1 = min(x0 + 1, width - 1), y1 = min(y0 + 1, height - 1)
        let ax = Float(fx - Double(x0)), ay = Float(fy - Double(y0))
        let row0 = y0 * width, row1 = y1 * width
        let top = Float(pixels[row0 + x0]) * (1 - ax) + Float(pixels[row0 + x1]) * ax
        let bottom = Float(pixels[row1 + x0]) * (1 - ax) + Float(pixels[row1 + x1]) * ax
        return top * (1 - ay) + bottom * ay
    }

    /// The image scaled to `width` × `height`: each target pixel is the mean of the source pixels it
    /// covers when shrinking (no aliasing of thin strokes), bilinear when growing.
    func resized(width w: Int, height h: Int) -> [Float] {
        var out = [Float](repeating: 255, count: w * h)
        let sx = Double(width) / Double(w), sy = Double(height) / Double(h)
        if sx <= 1 && sy <= 1 {
            for y in 0..<h {
                for x in 0..<w { out[y * w + x] = sample((Double(x) + 0.5) * sx, (Double(y) + 0.5) * sy) }
            }
            return out
        }
        // Box filter over integer source spans (at least one pixel each way).
        pixels.withUnsafeBufferPointer { src in
            for y in 0..<h {
                let y0 = min(height - 1, Int(Double(y) * sy)), y1 = max(y0 + 1, min(height, Int(Double(y + 1) * sy)))
                for x in 0..<w {
                    let x0 = min(width - 1, Int(Double(x) * sx)), x1 = max(x0 + 1, min(width, Int(Double(x + 1) * sx)))
                    var sum = 0
                    for yy in y0..<y1 {
                        let row = yy * width
                        for xx in x0..<x1 { sum += Int(src[row + xx]) }
                    }
                    out[y * w + x] = Float(sum) / Float((y1 - y0) * (x1 - x0))
                }
            }
        }
        return out
    }

    /// The image turned by quarter turns counter-clockwise (1: 90°, 2: 180°, 3: 270°).
    func rotated(quarterTurns turns: Int) -> GrayImage {
        let t = ((turns % 4) + 4) % 4
        guard t != 0 else { return self }
        let (w, h) = t == 2 ? (width, height) : (height, width)
        var out = [UInt8](repeating: 255, count: w * h)
        pixels.withUnsafeBufferPointer { src in
            for y in 0..<height {
                for x in 0..<width {
                    let (nx, ny): (Int, Int)
                    switch t {
                    case 1: (nx, ny) = (y, width - 1 - x)           // counter-clockwise
                    case 2: (nx, ny) = (width - 1 - x, height - 1 - y)
                    default: (nx, ny) = (height - 1 - y, x)          // clockwise
                    }
                    out[ny * w + nx] = src[y * width + x]
                }
            }
        }
        return GrayImage(width: w, height: h, pixels: out)
    }

    /// The parallelogram from `origin` spanned by `across` (the output's x) and `down` (its y),
    /// sampled into `outWidth` × `outHeight` values (0…255).
    func crop(origin: Point, across: Point, down: Point, outWidth: Int, outHeight: Int) -> [Float] {
        var out = [Float](repeating: 255, count: outWidth * outHeight)
        for j in 0..<outHeight {
            let v = (Double(j) + 0.5) / Double(outHeight)
            for i in 0..<outWidth {
                let u = (Double(i) + 0.5) / Double(outWidth)
                out[j * outWidth + i] = sample(origin.x + u * across.x + v * down.x, origin.y + u * across.y + v * down.y)
            }
        }
        return out
    }
}

/// A point or a vector in pixel coordinates.
struct Point: Sendable, Hashable {
    var x: Double
    var y: Double
    static func + (a: Point, b: Point) -> Point { Point(x: a.x + b.x, y: a.y + b.y) }
    static func - (a: Point, b: Point) -> Point { Point(x: a.x - b.x, y: a.y - b.y) }
    static func * (a: Point, s: Double) -> Point { Point(x: a.x * s, y: a.y * s) }
    var length: Double { (x * x + y * y).squareRoot() }
}
