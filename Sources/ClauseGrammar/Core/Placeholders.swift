extension ParseContext {
    /// A template field never filled in: `${clientName}`, `##{需方}`, `{甲方名称}`, or a code of
    /// ASCII capitals and underscores (`LIVE_SDHY`) where a name should be.
    func isPlaceholder(_ r: Range<Int>) -> Bool {
        let text = s[r]
        if text.contains(where: { $0.canonical == "{" || $0.canonical == "}" || $0.canonical == "$" }) { return true }
        return text.contains { $0 == "_" } && text.allSatisfy { $0.isASCII && ($0.properties.isAlphabetic || $0.isASCIIDigit || $0 == "_") }
    }

}
