import ContractModel

/// Raw extracted pages → normalized pages with an exact offset map back to the raw text. (Placeholder API.)
public enum Normalizer {
    public static func normalize(_ document: ExtractedDocument) -> DocumentText {
        DocumentText(pages: document.pages.map(\.text))
    }
}
