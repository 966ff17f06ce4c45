/// Text boxes of the detector (one per run of text, with its text) grouped into the lines of the page,
/// for `OCRLayout`: a box joins a line when their vertical centres are less than half the smaller
/// height apart; lines top to bottom, boxes in a line left to right. A table row's cells are boxes
/// of one line, apart by their gaps.
enum BoxLines {
    /// The margin a detector box keeps around the ink on each side, as a fraction of the box's height
    /// (DB grows every region by one distance all round): measured on the Corpus scans, boxes 51–69 px
    /// high around lines whose ink is 44 px high at 300 dpi. Taken off, the word has the height of its
    /// characters and the gaps between cells their true width, as Tesseract's word boxes have them,
    /// so that `OCRLayout`'s cell rule (a gap of 2.5 line heights) reads both engines alike.
    static let inkMargin = 0.13

    /// The word a detector box holds, with the box's margin around the ink taken off.
    static func word(_ text: String, box: RotatedRect, afterBorder: Bool = false) -> OCRWord {
        let margin = inkMargin * min(box.height, box.width)
        let centre = box.center.y, half = max(1, min(box.height, box.width) / 2 - margin)
        return OCRWord(text: text, left: Int((box.minX + margin).rounded()), top: Int((centre - half).rounded()),
                       right: Int((box.maxX - margin).rounded()), bottom: Int((centre + half).rounded()), afterBorder: afterBorder)
    }

    static func lines(_ words: [OCRWord]) -> [OCRLine] {
        struct Line { var words: [OCRWord]; var centre: Double; var height: Double }
        var lines: [Line] = []
        for word in words.sorted(by: { centre($0) < centre($1) }) {
            let c = centre(word), h = Double(word.height)
            // Only the last few lines can hold it: the words come in order of their centres.
            if let index = lines.indices.suffix(4).last(where: { abs(lines[$0].centre - c) < 0.5 * min(h, lines[$0].height) }) {
                lines[index].words.append(word)
                let n = Double(lines[index].words.count)
                lines[index].centre += (c - lines[index].centre) / n
                lines[index].height += (h - lines[index].height) / n
            } else {
                lines.append(Line(words: [word], centre: c, height: h))
            }
        }
        return lines.sorted { $0.centre < $1.centre }.map { line in
            OCRLine(words: line.words.sorted { $0.left < $1.left }, endsParagraph: false)
        }
    }

    static func centre(_ word: OCRWord) -> Double { Double(word.top + word.bottom) / 2 }
}
