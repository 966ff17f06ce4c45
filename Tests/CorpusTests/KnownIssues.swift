import Testing

/// Quirks whose checks fail today, each with the defect it shows. `withKnownIssue` keeps the suite green while the
/// defect stands and fails as soon as the check passes, so the entry must then be removed: the list can only shrink.
enum KnownIssues {
    static let quirks: [String: String] = [
        "cjk-digit-spaces": "LineJoining: `…至2024年12月31` / `日止…` (a line wrapped inside a date) is not joined",
        "header-footer-page-numbers": "PageFurniture: the Title paragraph on page 1 equals the running header and is removed "
            + "with it, so the contract title is lost from the body",
    ]

    /// Quirks whose whole text also falls below the similarity threshold because of the defect.
    static let similarity: Set<String> = ["header-footer-page-numbers"]

    enum Check { case similarity, quirkChecks }

    /// Runs `body`; for a quirk with a known issue in this check, its failures are recorded as that known issue.
    static func check(_ document: CorpusDocument, _ kind: Check, _ body: () throws -> Void) rethrows {
        if let reason = quirks[document.name], kind == .quirkChecks || similarity.contains(document.name) {
            try withKnownIssue(Comment(rawValue: reason)) { try body() }
        } else {
            try body()
        }
    }
}
