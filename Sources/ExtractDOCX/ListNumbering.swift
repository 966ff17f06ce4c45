/// Automatic paragraph numbering (`word/numbering.xml` + paragraph styles): Word prints 第一条, （一）, 1.1
/// in front of a numbered paragraph although the text is not in the document, so the labels are rebuilt
/// here, followed by a space (Word's default tab suffix would make a numbered paragraph look like a
/// table row). Counters live for one walk of the body (shared with its tables and text boxes).
final class ListNumbering {
    struct Level {
        var start = 1
        var format = "decimal"
        var text = ""
        var suffix = "tab"
        var isLegal = false
        var style: String?
    }

    private struct Instance {
        var abstract: String
        var startOverrides: [Int: Int]
        var levelOverrides: [Int: Level]
    }

    private struct StyleNumbering {
        var basedOn: String?
        var numId: String?
        var level: Int?
    }

    private var abstracts: [String: [Int: Level]] = [:]
    private var abstractStyleLinks: [String: String] = [:]
    private var instances: [String: Instance] = [:]
    private var styles: [String: StyleNumbering] = [:]
    /// Counter values per list: keyed by abstract definition (lists continue across instances) unless the
    /// instance restarts numbering with a start override.
    private var counters: [String: [Int: Int]] = [:]

    init(numbering: XMLElement?, styles: XMLElement?) {
        if let styles { readStyles(styles) }
        guard let numbering else { return }
        for abstract in numbering.childElements("w:abstractNum") {
            guard let id = abstract.attribute("w:abstractNumId") else { continue }
            var levels: [Int: Level] = [:]
            for element in abstract.childElements("w:lvl") {
                if let index = element.attribute("w:ilvl").flatMap(Int.init) { levels[index] = Self.level(element) }
            }
            abstracts[id] = levels
            if let link = abstract.firstChild("w:numStyleLink")?.attribute("w:val") { abstractStyleLinks[id] = link }
        }
        for num in numbering.childElements("w:num") {
            guard let id = num.attribute("w:numId"), let abstract = num.firstChild("w:abstractNumId")?.attribute("w:val") else { continue }
            var instance = Instance(abstract: abstract, startOverrides: [:], levelOverrides: [:])
            for override in num.childElements("w:lvlOverride") {
                guard let index = override.attribute("w:ilvl").flatMap(Int.init) else { continue }
                if let start = override.firstChild("w:startOverride")?.attribute("w:val").flatMap(Int.init) {
                    instance.startOverrides[index] = start
                }
                if let level = override.firstChild("w:lvl") { instance.levelOverrides[index] = Self.level(level) }
            }
            instances[id] = instance
        }
    }

    var isEmpty: Bool { instances.isEmpty }

    /// The label printed before a paragraph with these properties, advancing the counters; nil when the
    /// paragraph is not numbered.
    func label(for properties: XMLElement?) -> String? {
        guard !instances.isEmpty, let (numId, levelIndex) = numbering(of: properties),
              let instance = instances[numId], let levels = levels(of: instance.abstract) else { return nil }
        let key = instance.startOverrides.isEmpty ? "a" + instance.abstract : "n" + numId
        var values = counters[key] ?? [:]
        func level(_ index: Int) -> Level { instance.levelOverrides[index] ?? levels[index] ?? Level() }
        func start(_ index: Int) -> Int { instance.startOverrides[index] ?? level(index).start }
        values[levelIndex] = values[levelIndex].map { $0 + 1 } ?? start(levelIndex)
        for deeper in values.keys where deeper > levelIndex { values[deeper] = nil }
        counters[key] = values

        let current = level(levelIndex)
        // Bullets are glyphs of symbol fonts (U+F0B7, Courier "o"), not contract text.
        if current.format == "bullet" || current.format == "none" || current.text.isEmpty { return nil }
        var text = ""
        var scalars = Array(current.text)[...]
        while let character = scalars.popFirst() {
            if character == "%", let digit = scalars.first?.wholeNumberValue, (1...9).contains(digit) {
                scalars.removeFirst()
                let index = digit - 1
                let value = values[index] ?? start(index)
                let format = current.isLegal && index < levelIndex ? "decimal" : level(index).format
                text += NumberFormats.format(value, as: format)
            } else {
                text.append(character)
            }
        }
        return text + (current.suffix == "nothing" ? "" : " ")
    }

    /// Direct `w:numPr` first, then the paragraph style chain.
    private func numbering(of properties: XMLElement?) -> (String, Int)? {
        let direct = properties?.firstChild("w:numPr")
        var numId = direct?.firstChild("w:numId")?.attribute("w:val")
        var level = direct?.firstChild("w:ilvl")?.attribute("w:val").flatMap(Int.init)
        var style = properties?.firstChild("w:pStyle")?.attribute("w:val")
        let paragraphStyle = style
        var hops = 0
        while numId == nil, let current = style, hops < 16, let definition = styles[current] {
            numId = definition.numId
            level = level ?? definition.level
            style = definition.basedOn
            hops += 1
        }
        guard let numId, numId != "0" else { return nil }
        if level == nil, let paragraphStyle, let instance = instances[numId], let levels = levels(of: instance.abstract) {
            level = levels.first { $0.value.style == paragraphStyle }?.key
        }
        return (numId, min(max(level ?? 0, 0), 8))
    }

    /// The levels of an abstract definition, following a `w:numStyleLink` to the list style's numbering.
    private func levels(of abstract: String) -> [Int: Level]? {
        if let link = abstractStyleLinks[abstract], let numId = styles[link]?.numId,
           let linked = instances[numId]?.abstract, linked != abstract, let levels = abstracts[linked], !levels.isEmpty {
            return levels
        }
        return abstracts[abstract]
    }

    private func readStyles(_ root: XMLElement) {
        for style in root.childElements("w:style") {
            guard let id = style.attribute("w:styleId") else { continue }
            let numPr = style.firstChild("w:pPr")?.firstChild("w:numPr")
            styles[id] = StyleNumbering(
                basedOn: style.firstChild("w:basedOn")?.attribute("w:val"),
                numId: numPr?.firstChild("w:numId")?.attribute("w:val"),
                level: numPr?.firstChild("w:ilvl")?.attribute("w:val").flatMap(Int.init))
        }
    }

    private static func level(_ element: XMLElement) -> Level {
        var level = Level()
        if let start = element.firstChild("w:start")?.attribute("w:val").flatMap(Int.init) { level.start = start }
        // Word 2010+ may wrap the format in mc:AlternateContent with a plain fallback.
        let format = element.firstChild("w:numFmt")
            ?? element.firstChild("mc:AlternateContent")?.firstChild("mc:Fallback")?.firstChild("w:numFmt")
        if let value = format?.attribute("w:val") { level.format = value }
        if let text = element.firstChild("w:lvlText")?.attribute("w:val") { level.text = text }
        if let suffix = element.firstChild("w:suff")?.attribute("w:val") { level.suffix = suffix }
        level.isLegal = element.firstChild("w:isLgl").map { $0.attribute("w:val") != "0" && $0.attribute("w:val") != "false" } ?? false
        level.style = element.firstChild("w:pStyle")?.attribute("w:val")
        return level
    }
}
