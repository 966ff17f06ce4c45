import Testing
@testable import ExtractOCR

/// Ruled cells found on drawn pages: rules 2 px wide, words as blocks of ink 40 px high (a character
/// is never as tall as a rule is long).
@Suite struct RuledCellsTests {
    /// A white page with ink drawn on it; `slope` leans every rule as a page scanned askew does.
    struct Drawing {
        var width = 1400, height = 900
        var pixels: [UInt8]
        var slope = 0.0

        init(slope: Double = 0) {
            self.slope = slope
            pixels = [UInt8](repeating: 255, count: width * height)
        }

        mutating func ink(_ x: Int, _ y: Int) {
            guard x >= 0, y >= 0, x < width, y < height else { return }
            pixels[y * width + x] = 0
        }

        /// A horizontal rule at y from x0 to x1 (leaning by `slope`).
        mutating func horizontal(_ y: Int, _ x0: Int, _ x1: Int) {
            for x in x0...x1 {
                let yy = y + Int((slope * Double(x - x0)).rounded())
                ink(x, yy); ink(x, yy + 1)
            }
        }

        /// A vertical rule at x from y0 to y1 (leaning by `-slope`, the page turned as a whole).
        mutating func vertical(_ x: Int, _ y0: Int, _ y1: Int) {
            for y in y0...y1 {
                let xx = x - Int((slope * Double(y - y0)).rounded())
                ink(xx, y); ink(xx + 1, y)
            }
        }

        /// Characters as 30 × 40 blocks with 10 px between them; the word's box.
        mutating func word(_ text: String, left: Int, top: Int) -> OCRWord {
            let count = text.unicodeScalars.count
            for c in 0..<count {
                for y in top..<(top + 40) where (y - top) % 6 < 3 {
                    for x in (left + 40 * c)..<(left + 40 * c + 30) { ink(x, y) }
                }
            }
            return OCRWord(text: text, left: left, top: top, right: left + 40 * count - 10, bottom: top + 40)
        }

        var page: GrayImage { GrayImage(width: width, height: height, pixels: pixels) }
    }

    /// Three columns (100–300, 300–900, 900–1100), two rows (100–320, 320–420), and body text below.
    static func table(slope: Double = 0) -> (page: GrayImage, words: [String: OCRWord]) {
        var d = Drawing(slope: slope)
        for y in [100, 320, 420] { d.horizontal(y, 100, 1100) }
        for x in [100, 300, 900, 1100] { d.vertical(x, 100, 420) }
        var words: [String: OCRWord] = [:]
        words["2"] = d.word("2", left: 120, top: 110)
        words["first line"] = d.word("数据查询统计服务数据查询", left: 320, top: 110)
        words["second line"] = d.word("统计服务", left: 320, top: 160)
        words["right cell"] = d.word("七乘二十四", left: 920, top: 110)
        words["next row"] = d.word("故障恢复", left: 320, top: 340)
        words["body"] = d.word("本合同一式两份", left: 120, top: 600)
        return (d.page, words)
    }

    @Test func wrappedLinesOfACellShareIt() throws {
        let (page, words) = Self.table()
        let first = try #require(RuledCells.cell(around: words["first line"]!, in: page))
        let second = try #require(RuledCells.cell(around: words["second line"]!, in: page))
        // The rules are 300–301, 900–901, 100–101 and 320–321 (a rule is found a pixel early: it may lean).
        #expect((300...302).contains(first.left) && (899...901).contains(first.right), "\(first)")
        #expect((100...101).contains(first.top) && (320...321).contains(first.bottom), "\(first)")
        #expect(first.isSame(as: second, lineHeight: 40))
        let beside = try #require(RuledCells.cell(around: words["right cell"]!, in: page))
        let below = try #require(RuledCells.cell(around: words["next row"]!, in: page))
        let number = try #require(RuledCells.cell(around: words["2"]!, in: page))
        #expect(!first.isSame(as: beside, lineHeight: 40))
        #expect(!first.isSame(as: below, lineHeight: 40))
        #expect(!first.isSame(as: number, lineHeight: 40))
    }

    @Test func textOutsideTheRulesHasNoCell() {
        let (page, words) = Self.table()
        #expect(RuledCells.cell(around: words["body"]!, in: page) == nil)
        // A three-line table (rules across, none down) is no ruled table.
        var d = Drawing()
        for y in [100, 160, 220] { d.horizontal(y, 100, 1100) }
        let word = d.word("服务项目", left: 320, top: 110)
        #expect(RuledCells.cell(around: word, in: d.page) == nil)
    }

    /// A page scanned 0.6° askew: the rules lean by 7 px over the table; each word still finds its cell,
    /// and both lines of a cell find the same one.
    @Test func aSkewedTableKeepsItsCells() throws {
        let (page, words) = Self.table(slope: 0.0105)
        let first = try #require(RuledCells.cell(around: words["first line"]!, in: page))
        let second = try #require(RuledCells.cell(around: words["second line"]!, in: page))
        let below = try #require(RuledCells.cell(around: words["next row"]!, in: page))
        #expect(first.isSame(as: second, lineHeight: 40))
        #expect(!first.isSame(as: below, lineHeight: 40))
    }

    /// A tall stroke of a character (`1`, `丨`) stays within its line: it is no rule, the cell's
    /// border is the rule beyond it.
    @Test func aStrokeOfACharacterIsNoRule() throws {
        var d = Drawing()
        for y in [100, 320] { d.horizontal(y, 100, 1100) }
        for x in [100, 1100] { d.vertical(x, 100, 320) }
        let word = d.word("甲乙", left: 200, top: 150)
        for y in 146...194 { d.ink(210, y); d.ink(211, y) }  // a stroke a little taller than the blocks
        let cell = try #require(RuledCells.cell(around: word, in: d.page))
        #expect((100...102).contains(cell.left) && (1099...1101).contains(cell.right), "\(cell)")
    }

    /// A box around a digit alone in its cell took in the rule beside it, at a table's first row (the
    /// rule goes down from the table's top, not up): the box is cut at the rule, so the digit is read
    /// alone.
    @Test func aDigitBoxIsCutAtTheRuleItTookIn() {
        var d = Drawing()
        d.horizontal(300, 500, 900)
        d.vertical(520, 300, 700)
        _ = d.word("2", left: 540, top: 320)
        let box = RotatedRect.axisAligned(minX: 515, minY: 298, maxX: 580, maxY: 368)
        let pieces = TableRules.split(box, in: d.page)
        #expect(pieces.count == 1)
        #expect(pieces.first.map { $0.afterRule && $0.box.minX >= 521 } == true, "\(pieces)")
    }
}
