import ContractModel

/// The project name when no `项目名称：` label states it: the object of the recital
/// `就甲方委托乙方提供【项目】运维服务事宜签订本合同` / `就乙方为甲方【项目】项目提供运行维护服务事宜…`.
/// The first such sentence in the document; the name runs from the verb to the service words.
enum ProjectNameRule {
    static let opener = Word("就")
    static let prefixes: [Word] = .init(["委托乙方提供", "委托乙方开展", "委托乙方承担", "乙方为甲方", "为甲方提供", "提供", "开展"])
    static let suffixes: [Word] = .init([
        "项目提供", "运行维护服务事宜", "运维服务事宜", "服务事宜", "工作事宜", "项目事宜", "事宜",
    ])
    static let maxLength = 80

    static func apply(_ ctx: ParseContext, to contract: inout Contract) {
        guard contract.projectName == nil else { return }
        for i in ctx.s.indices where ctx.s[i] == "事" && ctx.s.matches(Word("事宜"), at: i) {
            let sentence = ctx.sentence(containing: i)
            guard let open = ctx.s.lastOffset(of: opener, in: sentence.lowerBound..<i) else { continue }
            guard let prefix = ctx.s.firstOfAny(prefixes, in: open + 1..<i) else { continue }
            let start = prefix.offset + prefix.word.count
            guard let suffix = ctx.s.firstOfAny(suffixes, in: start..<i + 2) else { continue }
            let name = ctx.trimmed(start..<suffix.offset)
            guard name.count >= 2, name.count <= maxLength else { continue }
            contract.projectName = ctx.textValue(name)
            return
        }
    }
}
