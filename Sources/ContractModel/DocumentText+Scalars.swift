extension DocumentText {
    /// A document text built straight from its scalars (no round trip through `String`): `pageStarts`
    /// gives the offset of each page's first scalar (`pageStarts[0] == 0`); every later page start must
    /// follow a `pageSeparator`. Used by TextNormalization, which produces scalars.
    public init(scalars: [Unicode.Scalar], pageStarts: [Int]) {
        precondition(pageStarts.first == 0, "the first page starts at 0")
        precondition(pageStarts.dropFirst().allSatisfy { $0 > 0 && scalars[$0 - 1] == Self.pageSeparator },
                     "a page start that does not follow a page separator")
        self.scalars = scalars
        self.pageStarts = pageStarts
    }
}
