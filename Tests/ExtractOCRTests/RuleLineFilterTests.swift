import Testing
@testable import ExtractOCR

/// Table borders are erased before OCR; the strokes of characters, touching a border or not, stay.
@Suite struct RuleLineFilterTests {
    /// A white page of `width` × `height` at 300 dpi.
    struct Page {
        let width: Int, height: Int
        var gray: [UInt8]
        init(width: Int, height: Int) {
            self.width = width
            self.height = height
            gray = [UInt8](repeating: 255, count: width * height)
        }
        mutating func ink(x: ClosedRange<Int>, y: ClosedRange<Int>, value: UInt8 = 0) {
            for row in y { for column in x { gray[row * width + column] = value } }
        }
        func inkCount(x: ClosedRange<Int>, y: ClosedRange<Int>) -> Int {
            var n = 0
            for row in y { for column in x where gray[row * width + column] < RuleLineFilter.inkBelow { n += 1 } }
            return n
        }
        mutating func filter() { RuleLineFilter.erase(&gray, width: width, height: height, dpi: 300) }
    }

    @Test func bordersGoAndCharacterStrokesStay() {
        var page = Page(width: 600, height: 400)
        // A table: vertical borders 3 px wide and 300 px long, horizontal ones 500 px long.
        page.ink(x: 50...52, y: 50...350)
        page.ink(x: 300...302, y: 50...350)
        page.ink(x: 50...550, y: 50...51)
        page.ink(x: 50...550, y: 349...350)
        // A character (strokes of 45 px and less) inside a cell, one touching the border at x = 300.
        page.ink(x: 100...104, y: 100...145)  // vertical stroke
        page.ink(x: 90...135, y: 120...123)   // horizontal stroke (一)
        page.ink(x: 303...340, y: 200...203)  // horizontal stroke touching the border
        // A 22 pt title stroke: 90 px tall, still shorter than a border run.
        page.ink(x: 400...404, y: 150...240)
        page.filter()

        #expect(page.inkCount(x: 49...53, y: 60...340) == 0, "left border")
        #expect(page.inkCount(x: 299...303, y: 60...190) == 0, "middle border")
        #expect(page.inkCount(x: 60...540, y: 49...52) == 0, "top rule")
        #expect(page.inkCount(x: 60...540, y: 348...351) == 0, "bottom rule")
        #expect(page.inkCount(x: 100...104, y: 100...145) == 5 * 46, "vertical stroke kept whole")
        #expect(page.inkCount(x: 90...135, y: 120...123) == 46 * 4, "horizontal stroke kept whole")
        #expect(page.inkCount(x: 305...340, y: 200...203) == 36 * 4, "stroke touching the border keeps all but its edge")
        #expect(page.inkCount(x: 400...404, y: 150...240) == 5 * 91, "title stroke kept")
    }

    /// A border of a scan rotated by about half a degree drifts one pixel sideways every hundred or
    /// so: followed with that drift, it is still one long run.
    @Test func slightlyRotatedBorderIsFollowed() {
        var page = Page(width: 200, height: 600)
        for y in 20...580 { let x = 100 + (y - 20) / 110; page.ink(x: x...(x + 1), y: y...y) }
        page.filter()
        #expect(page.inkCount(x: 0...199, y: 0...599) == 0)
    }

    /// Antialiased gray along a border goes with it: left alone, Tesseract reads it as `”`.
    @Test func theBordersAntialiasedEdgeGoesToo() {
        var page = Page(width: 100, height: 400)
        page.ink(x: 50...51, y: 20...380)
        page.ink(x: 49...49, y: 20...380, value: 200)
        page.ink(x: 52...52, y: 20...380, value: 210)
        page.filter()
        #expect(page.gray.allSatisfy { $0 == 255 })
    }

    @Test func aBlankOrTinyPageIsLeftAlone() {
        var page = Page(width: 2, height: 2)
        page.ink(x: 0...1, y: 0...1)
        page.filter()
        #expect(page.gray == [0, 0, 0, 0])
        var empty: [UInt8] = []
        RuleLineFilter.erase(&empty, width: 0, height: 0, dpi: 300)
        #expect(empty.isEmpty)
    }
}
