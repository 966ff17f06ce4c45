/// How a page lies: scanned pages come in at 90°, 180° or 270°. Judged from the text boxes the
/// detector finds: when most long boxes stand upright the lines run down the page (a quarter turn);
/// the line-direction classifier, asked about the longest boxes read as lying lines, then tells
/// which way up they are. The answer is the number of counter-clockwise quarter turns that make the
/// page upright.
enum PageOrientation {
    /// A box counts when its long side is at least this many times its short side (a line, not a character).
    static let lineAspect = 3.0
    /// The longest boxes asked about.
    static let sample = 16

    static func quarterTurns(boxes: [RotatedRect], page: GrayImage, direction: LineDirection) throws -> Int {
        let lines = boxes.filter { max($0.width, $0.height) >= lineAspect * min($0.width, $0.height) }
        let tall = lines.filter { $0.height > $0.width }
        let vertical = tall.count * 2 > lines.count && tall.count >= 2
        let asked = (vertical ? tall : lines.filter { $0.width >= $0.height })
            .sorted { max($0.width, $0.height) > max($1.width, $1.height) }.prefix(sample)
        guard !asked.isEmpty else { return 0 }
        // LineCrop turns an upright box a quarter counter-clockwise, so a vertical line reads as lying.
        let flipped = try direction.upsideDown(asked.map { LineCrop.image(of: $0, in: page) })
        // Two lines at least must agree before a page is turned over: one short line misjudged must not
        // turn a page of a few words (a signature page) upside down.
        let votes = flipped.filter { $0 }.count
        let upsideDown = votes * 2 > flipped.count && votes >= 2
        if vertical {
            // Read upright after a counter-clockwise quarter turn of the line: the page needs the same turn.
            return upsideDown ? 3 : 1
        }
        return upsideDown ? 2 : 0
    }
}
