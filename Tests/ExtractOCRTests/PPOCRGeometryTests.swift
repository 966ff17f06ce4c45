import Foundation
import Testing
@testable import ExtractOCR

/// The pure-Swift parts of the PP-OCR engine, on inputs made here: boxes from regions, CTC decoding,
/// lines from boxes, page turns.
@Suite struct PPOCRGeometryTests {
    /// The pixels of a 200 × 20 bar turned by `degrees` about (300, 200).
    static func bar(degrees: Double) -> [Point] {
        let a = degrees * .pi / 180
        var points: [Point] = []
        for u in 0...200 { for v in 0...20 {
            let x = Double(u) - 100, y = Double(v) - 10
            points.append(Point(x: (300 + x * cos(a) - y * sin(a)).rounded(), y: (200 + x * sin(a) + y * cos(a)).rounded()))
        } }
        return points
    }

    @Test(arguments: [0.0, 0.6, -0.6, 3.0, -8.0])
    func smallestRectangleOfATurnedLineHasItsSides(degrees: Double) throws {
        let (rect, shortSide) = try #require(RotatedRect.minimumArea(of: Self.bar(degrees: degrees)))
        #expect(abs(rect.width - 200) < 2.5, "width \(rect.width)")
        #expect(abs(rect.height - 20) < 2.5, "height \(rect.height)")
        #expect(abs(shortSide - rect.height) < 0.001)
        // Corners clockwise from the top-left: the first edge runs along the line, at its angle.
        let edge = rect.corners[1] - rect.corners[0]
        #expect(abs(atan2(edge.y, edge.x) * 180 / .pi - degrees) < 0.5)
        #expect(abs(rect.center.x - 300) < 1.5 && abs(rect.center.y - 200) < 1.5)
    }

    @Test func expandingGrowsEverySide() {
        let rect = RotatedRect.axisAligned(minX: 10, minY: 20, maxX: 110, maxY: 40).expanded(by: 5)
        #expect(rect.minX == 5 && rect.maxX == 115 && rect.minY == 15 && rect.maxY == 45)
    }

    @Test func regionsAreEightConnectedAndGiveTheirBoundaries() {
        // Two blobs: a 4×3 block and a diagonal pair (one region by 8-connectivity).
        let w = 10, h = 6
        var mask = [Bool](repeating: false, count: w * h)
        for y in 1...3 { for x in 1...4 { mask[y * w + x] = true } }
        mask[1 * w + 7] = true
        mask[2 * w + 8] = true
        let regions = Regions.boundaries(mask, width: w, height: h)
        #expect(regions.count == 2)
        #expect(regions[0].count == 10, "the 4×3 block has 10 boundary pixels and 2 inner ones")
        #expect(Set(regions[1]) == [Point(x: 7, y: 1), Point(x: 8, y: 2)])
    }

    @Test func probabilityMapBecomesBoxesInPageCoordinates() {
        // A map (100 × 40) with one confident line 60 × 6 and one faint blob: one box, scaled ×2.
        let w = 100, h = 40
        var map = [Float](repeating: 0, count: w * h)
        for y in 10..<16 { for x in 20..<80 { map[y * w + x] = 0.9 } }
        for y in 30..<34 { for x in 5..<9 { map[y * w + x] = 0.35 } }
        let detector = DBPostProcess()
        let boxes = detector.boxes(probability: map, width: w, height: h, toPage: (2, 2), pageSize: (200, 80))
        #expect(boxes.count == 1)
        let box = boxes[0]
        // Grown by area · 1.6 / perimeter of the region's rectangle (60 × 6 pixels centres: 59 × 6 with the dilation).
        #expect(box.minX < 40 && box.maxX > 158 && box.minY < 20 && box.maxY > 31)
        #expect(box.height < 30, "a line is grown by a fraction of its height, not swallowed by its neighbours")
    }

    @Test func ctcDecodingMergesRepeatsAndDropsBlanks() {
        let characters = ["blank", "壹", "万", "元", " "]
        // Steps: 壹 壹 blank 壹 万 万 blank blank 元 → 壹壹万元
        let best = [1, 1, 0, 1, 2, 2, 0, 0, 3]
        var probabilities: [Float] = []
        for b in best { probabilities += (0..<characters.count).map { $0 == b ? 0.8 : 0.05 } }
        let line = TextRecognizer.decode(probabilities, steps: best.count, classes: characters.count, characters: characters)
        #expect(line.text == "壹壹万元")
        #expect(abs(line.score - 0.8) < 1e-6)
    }

    @Test func boxesOfOneRowBecomeOneLineWithCellsAsTabs() {
        // The phone row of the zongzhi scan's parties table (ink as Tesseract boxed it: 电话 403–472,
        // 010-55531202 621–891, 010-57702888 1369–1640, 44 px high) in detector boxes (8 px of margin
        // all round), the right cell 12 px lower (a page scanned 0.6° askew), and the line below.
        func box(_ text: String, _ left: Int, _ right: Int, _ top: Int) -> OCRWord {
            BoxLines.word(text, box: .axisAligned(minX: Double(left - 8), minY: Double(top - 8), maxX: Double(right + 8), maxY: Double(top + 52)))
        }
        let words = [box("电话", 403, 472, 1000), box("010-55531202", 621, 891, 1004), box("010-57702888", 1369, 1640, 1012),
                     box("地址", 403, 472, 1080)]
        #expect(words[0].height == 44, "the word has the height of its ink: \(words[0])")
        let lines = BoxLines.lines(words.reversed())
        #expect(lines.map { $0.words.map(\.text) } == [["电话", "010-55531202", "010-57702888"], ["地址"]])
        #expect(OCRLayout.text(lines) == "电话\t010-55531202\t010-57702888\n地址\n")
    }

    @Test func quarterTurnsComeBackToTheStart() {
        let image = GrayImage(width: 3, height: 2, pixels: [1, 2, 3, 4, 5, 6])
        #expect(image.rotated(quarterTurns: 1).pixels == [3, 6, 2, 5, 1, 4], "counter-clockwise")
        #expect(image.rotated(quarterTurns: 3).pixels == [4, 1, 5, 2, 6, 3], "clockwise")
        #expect(image.rotated(quarterTurns: 2).pixels == [6, 5, 4, 3, 2, 1])
        #expect(image.rotated(quarterTurns: 1).rotated(quarterTurns: 3) == image)
    }
}
