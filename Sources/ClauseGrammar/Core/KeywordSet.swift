/// A rule's keywords (canonical scalars). All sets are searched together in one pass by
/// `AnchorIndex`; a rule reads its hits with `ParseContext.hits(_:in:)`.
struct KeywordSet: Sendable {
    struct Hit: Sendable { let word: Int; let offset: Int; let end: Int }

    let words: [Word]
    init(_ texts: [String]) { words = texts.map(Word.init) }
}
