/// Stage 4: running headers, running footers and page numbers, removed from the body.
///
/// A page's furniture is peeled from its top and from its bottom, at most `depth` non-blank lines each
/// way, stopping at the first line that is not furniture. A line is furniture when it is
/// - a page number: `第3页共12页`, `第3页/共12页`, `第 3 页`, `- 3 -`, `— 3 —`, `3 / 12`, `3/12`,
///   `Page 3 of 12`, `共12页`, or a bare number equal to the page index (or off from it by the same
///   amount on at least two pages, for documents whose numbering does not start at 1); or
/// - a running header/footer: the same line (digits ignored, so `第3页` and `第4页` are the same line;
///   a page's first or last line of eight or more scalars alike as `SimilarLines` says counts as the
///   same, for headers that OCR reads a little differently on every page) among the top or bottom lines of at least half
///   the pages (and at least two). The contract title repeated as a page header goes this way, once
///   per page: the title itself, right under a header that repeats it, stays; or
/// - a running header/footer in parts (`采购合同⇥综治中心信息系统运行维护费`: title left, project right, set
///   apart by tabs; `合同编号:…⇥第3页共12页` on a second line): one of a page's `blockLines` outermost non-blank
///   lines at the top (or bottom), the same (digits ignored) on at least half the pages (and at least two). A
///   header block of up to `depth` lines may mix plain lines and lines in parts. Told from a table header
///   repeated on every page by what follows it (`tableHeaders`). Other lines with tabs (table rows) are never
///   furniture.
///
/// The cost is bounded per page (a few lines of at most 80 scalars each) plus `SimilarLines` over a
/// sample of pages: linear in the document.
enum PageFurniture {
    static let depth = 4
    /// How far from the top (bottom) of a page a line in parts may stand and still be a running header (footer).
    static let blockLines = 3
    /// Pages whose candidate lines may found a group of alike lines (see `SimilarLines`).
    static let samplePages = 24

    static func remove(_ text: TracedText, _ pages: inout [PageLines]) {
        let s = text.scalars
        // Candidate lines: the top and bottom non-blank lines of each page. The outermost of them
        // (first and last) may also be alike rather than equal (`SimilarLines`): that is where a
        // running header or footer sits, and it keeps the comparisons few.
        var zones: [[Int]] = []  // per page: indices of candidate lines
        var outermost: [[[Unicode.Scalar]]] = []  // per page: keys of its first and last line
        for page in pages {
            let nonBlank = page.lines.indices.filter { !page.lines[$0].isBlank }
            var zone = Array(nonBlank.prefix(depth))
            for index in nonBlank.suffix(depth) where !zone.contains(index) { zone.append(index) }
            zones.append(zone)
            outermost.append([nonBlank.first, nonBlank.last].compactMap { $0 }.compactMap { key(s, page.lines[$0]) })
        }
        // Each key stands for its group of alike keys; a group counts each page once. Groups form
        // among the outermost lines of at most `samplePages` pages spread evenly over the document.
        let samples = pages.count <= samplePages ? Array(pages.indices)
            : Array(Set((0..<samplePages).map { $0 * (pages.count - 1) / (samplePages - 1) })).sorted()
        var seenKeys = Set<[Unicode.Scalar]>()
        let keys = outermost.joined().filter { seenKeys.insert($0).inserted }
        let group = SimilarLines.groups(keys, representatives: Array(samples.map { outermost[$0] }.joined()))
        func groupKey(_ line: PageLines.Line) -> [Unicode.Scalar]? { key(s, line).map { group[$0] ?? $0 } }
        var groupPages: [[Unicode.Scalar]: Int] = [:]
        for (p, page) in pages.enumerated() {
            var seen = Set<[Unicode.Scalar]>()
            for index in zones[p] {
                if let g = groupKey(page.lines[index]), seen.insert(g).inserted { groupPages[g, default: 0] += 1 }
            }
        }
        let threshold = max(2, (pages.count + 1) / 2)
        let repeated = Set(groupPages.filter { $0.value >= threshold }.map(\.key))

        // Headers and footers in parts: lines with tabs among a page's outermost lines, repeated.
        var partsPages: [[Unicode.Scalar]: Int] = [:]
        for page in pages {
            let nonBlank = page.lines.indices.filter { !page.lines[$0].isBlank }
            var seen = Set<[Unicode.Scalar]>()
            for index in Set(nonBlank.prefix(blockLines) + nonBlank.suffix(blockLines)) {
                if let k = partsKey(s, page.lines[index]), seen.insert(k).inserted { partsPages[k, default: 0] += 1 }
            }
        }
        let repeatedParts = Set(partsPages.filter { $0.value >= threshold }.map(\.key))
        let runningParts = repeatedParts.isEmpty ? [] : repeatedParts.subtracting(tableHeaders(s, pages, repeatedParts))

        // Bare page numbers: the offset between the printed number and the page index.
        var offsets: [Int: Int] = [:]
        for (p, page) in pages.enumerated() {
            for index in zones[p] {
                if let number = bareNumber(s, page.lines[index]) { offsets[number - (p + 1), default: 0] += 1 }
            }
        }
        let acceptedOffsets = Set(offsets.filter { $0.key == 0 || $0.value >= 2 }.map(\.key))

        for p in pages.indices {
            func isFurniture(_ line: PageLines.Line, _ g: [Unicode.Scalar]?) -> Bool {
                if let g, repeated.contains(g) { return true }
                if PageNumber.matches(s, line.start, line.end) { return true }
                if let number = bareNumber(s, line), acceptedOffsets.contains(number - (p + 1)) { return true }
                return false
            }
            var lines = pages[p].lines
            let nonBlank = lines.indices.filter { !lines[$0].isBlank }
            // From each edge inward: the furniture block, at most `depth` lines, ending at the first body line.
            // A running header appears once at the top of a page: the same line again right below it is the
            // body's (the contract title under a header that repeats it).
            func block(_ order: [Int]) -> [Int] {
                var taken: [Int] = []
                var peeled = Set<[Unicode.Scalar]>()
                for (n, index) in order.prefix(depth).enumerated() {
                    let line = lines[index]
                    let g = groupKey(line)
                    if isFurniture(line, g) {
                        if let g, !peeled.insert(g).inserted { break }
                    } else if n >= blockLines || !(partsKey(s, line).map(runningParts.contains) ?? false) {
                        break
                    }
                    taken.append(index)
                }
                return taken
            }
            let top = block(nonBlank)
            let bottom = block(Array(nonBlank.dropFirst(top.count).reversed()))
            for index in top + bottom { lines[index].end = lines[index].start }  // blank: the line break stays for the joiner
            pages[p].lines = lines
        }
    }

    /// The line with spaces removed and digit runs replaced by `#`; nil for lines that cannot be
    /// running headers (table rows, blank or very long lines).
    private static func key(_ s: [Unicode.Scalar], _ line: PageLines.Line) -> [Unicode.Scalar]? {
        guard let (key, tabs) = lineKey(s, line), tabs == 0, !key.isEmpty else { return nil }
        return key
    }

    /// The repeated lines in parts that head a table: on at least half the pages where such a line stands among
    /// the outermost lines, the line inward of it (below a header, above a footer) has as many cells and is a
    /// table row (a line that does not repeat) or itself a table header (a header of two rows). A running header
    /// in parts is followed by body text on most pages, and its second line by the body, not by a row.
    private static func tableHeaders(_ s: [Unicode.Scalar], _ pages: [PageLines], _ repeated: Set<[Unicode.Scalar]>)
        -> Set<[Unicode.Scalar]>
    {
        struct Sighting { let key: [Unicode.Scalar]; let cells: Int; let inward: [Unicode.Scalar]?; let inwardCells: Int }
        var sightings: [Sighting] = []
        for page in pages {
            let nonBlank = page.lines.indices.filter { !page.lines[$0].isBlank }
            for order in [Array(nonBlank.prefix(blockLines + 1)), Array(nonBlank.suffix(blockLines + 1).reversed())] {
                for (n, index) in order.prefix(blockLines).enumerated() {
                    guard let k = partsKey(s, page.lines[index]), repeated.contains(k) else { continue }
                    guard n + 1 < order.count else { continue }
                    let next = page.lines[order[n + 1]]
                    let inward = partsKey(s, next).flatMap { repeated.contains($0) ? $0 : nil }
                    sightings.append(Sighting(key: k, cells: cells(s, page.lines[index]), inward: inward,
                                              inwardCells: cells(s, next)))
                }
            }
        }
        var seen: [[Unicode.Scalar]: Int] = [:]
        for sighting in sightings { seen[sighting.key, default: 0] += 1 }
        var headers = Set<[Unicode.Scalar]>()
        for _ in 0...blockLines {  // a table header of up to `blockLines` rows, found from the innermost outward
            var evidence: [[Unicode.Scalar]: Int] = [:]
            for sighting in sightings where sighting.inwardCells == sighting.cells {
                if sighting.inward.map(headers.contains) ?? true { evidence[sighting.key, default: 0] += 1 }
            }
            let found = Set(evidence.filter { 2 * $0.value >= seen[$0.key, default: 0] }.map(\.key))
            if found == headers { break }
            headers = found
        }
        return headers
    }

    /// The key of a line in parts (one to three tabs, at most four parts): spaces removed, each run of tabs as
    /// one tab, a part that is a page number (`第 3 页 共 12 页`) as `#`, other digits kept (a table row whose
    /// numbers change from page to page is not a repeated line); nil for any other line.
    private static func partsKey(_ s: [Unicode.Scalar], _ line: PageLines.Line) -> [Unicode.Scalar]? {
        // Most lines have no tab: tell that before building anything.
        guard !line.isBlank, line.end - line.start <= 80, (line.start..<line.end).contains(where: { s[$0].isTabScalar })
        else { return nil }
        var key: [Unicode.Scalar] = []
        var tabs = 0
        var partStart = line.start
        var hasText = false
        func closePart(_ end: Int) {
            guard partStart < end else { return }
            if PageNumber.matches(s, partStart, end) {
                key.append("#")
            } else {
                for i in partStart..<end where !s[i].isSpaceScalar { key.append(s[i]); hasText = true }
            }
        }
        for i in line.start..<line.end where s[i].isTabScalar {
            closePart(i)
            tabs += 1
            if key.last != "\t" { key.append("\t") }
            partStart = i + 1
        }
        closePart(line.end)
        guard (1...3).contains(tabs), hasText else { return nil }
        return key
    }

    /// Spaces removed, digit runs as `#`, each run of tabs as one tab, and the number of tabs; nil for
    /// blank or very long lines.
    private static func lineKey(_ s: [Unicode.Scalar], _ line: PageLines.Line) -> ([Unicode.Scalar], Int)? {
        guard !line.isBlank, line.end - line.start <= 80 else { return nil }
        var key: [Unicode.Scalar] = []
        var lastWasDigit = false
        var tabs = 0
        for i in line.start..<line.end {
            let c = s[i]
            if c.isTabScalar {
                tabs += 1
                if key.last != "\t" { key.append("\t") }
                lastWasDigit = false
            } else if c.isSpaceScalar {
                continue
            } else if c.isASCIIDigitScalar {
                if !lastWasDigit { key.append("#") }
                lastWasDigit = true
            } else {
                key.append(c)
                lastWasDigit = false
            }
        }
        return (key, tabs)
    }

    /// The number of tab-separated cells of a line (1 for a line without tabs).
    private static func cells(_ s: [Unicode.Scalar], _ line: PageLines.Line) -> Int {
        1 + (line.start..<line.end).filter { s[$0].isTabScalar }.count
    }

    /// The value of a line that is only a number of at most four digits.
    private static func bareNumber(_ s: [Unicode.Scalar], _ line: PageLines.Line) -> Int? {
        guard !line.isBlank, line.end - line.start <= 4 else { return nil }
        var value = 0
        for i in line.start..<line.end {
            guard s[i].isASCIIDigitScalar else { return nil }
            value = value * 10 + Int(s[i].value - 0x30)
        }
        return value
    }
}
