/// Erases the ruling lines of tables (cell borders, underlines) from an 8-bit gray page before OCR.
///
/// Tesseract reads a vertical cell border as `|`, `“|` or `”|` and glues it to the cell's text
/// (`法定代表|仲恺` on the jingxin scan); a contract has no other use for that glyph. A border is a
/// run of ink far longer than any stroke of a character: at 300 dpi a 10.5 pt ideograph is about 45
/// pixels tall and a 22 pt title about 90, while the vertical lines of a table run through all its
/// rows and the horizontal ones across all its cells. Runs are followed with a drift of one pixel
/// to either side, so the lines of a scan rotated by a degree or so are still found (deskew runs
/// after this, on the cleaned page). The run's ink becomes white together with one pixel on either
/// side of it: the render's antialiased edge of a border, left alone, is read as `”` or `“`. A
/// character touching a border loses at most that pixel of its stroke.
enum RuleLineFilter {
    /// Ink: darker than this.
    static let inkBelow: UInt8 = 160
    /// A vertical run of ink at least this long, in inches (≈ 1.4 title-sized characters at 22 pt).
    static let verticalInches = 0.42
    /// A horizontal run of ink at least this long, in inches (≈ 6 body characters).
    static let horizontalInches = 0.9

    static func erase(_ gray: inout [UInt8], width: Int, height: Int, dpi: Int) {
        guard width > 2, height > 2, gray.count == width * height else { return }
        let vertical = max(8, Int(verticalInches * Double(dpi)))
        let horizontal = max(8, Int(horizontalInches * Double(dpi)))
        var erase = [Bool](repeating: false, count: gray.count)
        gray.withUnsafeBufferPointer { g in
            erase.withUnsafeMutableBufferPointer { e in
                markVerticalRuns(g, e, width: width, height: height, minimum: vertical)
                markHorizontalRuns(g, e, width: width, height: height, minimum: horizontal)
            }
        }
        for i in 0..<gray.count where erase[i] { gray[i] = 255 }
    }

    /// Follows each run of ink downwards from its top pixel, stepping to the ink straight below or
    /// one pixel aside; runs at least `minimum` long are marked.
    private static func markVerticalRuns(_ g: UnsafeBufferPointer<UInt8>, _ e: UnsafeMutableBufferPointer<Bool>,
                                         width: Int, height: Int, minimum: Int) {
        var path: [Int] = []
        for x in 0..<width {
            for y in 0..<height where g[y * width + x] < inkBelow {
                // Start only at the top of a run: no ink straight above.
                if y > 0 && isInk(g, x, y - 1, width) { continue }
                path.removeAll(keepingCapacity: true)
                var cx = x, cy = y
                while true {
                    path.append(cy * width + cx)
                    guard cy + 1 < height else { break }
                    if isInk(g, cx, cy + 1, width) { cy += 1 }
                    else if cx > 0 && isInk(g, cx - 1, cy + 1, width) { cx -= 1; cy += 1 }
                    else if cx + 1 < width && isInk(g, cx + 1, cy + 1, width) { cx += 1; cy += 1 }
                    else { break }
                }
                if path.count >= minimum {
                    for i in path {
                        e[i] = true
                        let column = i % width
                        if column > 0 { e[i - 1] = true }
                        if column + 1 < width { e[i + 1] = true }
                    }
                }
            }
        }
    }

    /// The same, rightwards along rows.
    private static func markHorizontalRuns(_ g: UnsafeBufferPointer<UInt8>, _ e: UnsafeMutableBufferPointer<Bool>,
                                           width: Int, height: Int, minimum: Int) {
        var path: [Int] = []
        for y in 0..<height {
            for x in 0..<width where g[y * width + x] < inkBelow {
                if x > 0 && g[y * width + x - 1] < inkBelow { continue }
                path.removeAll(keepingCapacity: true)
                var cx = x, cy = y
                while true {
                    path.append(cy * width + cx)
                    guard cx + 1 < width else { break }
                    if g[cy * width + cx + 1] < inkBelow { cx += 1 }
                    else if cy > 0 && g[(cy - 1) * width + cx + 1] < inkBelow { cy -= 1; cx += 1 }
                    else if cy + 1 < height && g[(cy + 1) * width + cx + 1] < inkBelow { cy += 1; cx += 1 }
                    else { break }
                }
                if path.count >= minimum {
                    for i in path {
                        e[i] = true
                        if i >= width { e[i - width] = true }
                        if i + width < e.count { e[i + width] = true }
                    }
                }
            }
        }
    }

    @inline(__always)
    private static func isInk(_ g: UnsafeBufferPointer<UInt8>, _ x: Int, _ y: Int, _ width: Int) -> Bool {
        g[y * width + x] < inkBelow
    }
}
