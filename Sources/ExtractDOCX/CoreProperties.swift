import ContractModel

/// Title and creation date from `docProps/core.xml` (found through the package relationships).
enum CoreProperties {
    static func read(_ package: inout WordPackage) throws -> DocumentMetadata {
        let part = try package.relationships(of: "").first { $0.kind == "core-properties" }?.part ?? "docProps/core.xml"
        guard let root = try package.xml(part) else { return DocumentMetadata() }
        let title = root.firstChild("dc:title")?.text.trimmingCharacters()
        let created = root.firstChild("dcterms:created")?.text.trimmingCharacters()
        return DocumentMetadata(title: title?.isEmpty == false ? title : nil, creationDate: created?.isEmpty == false ? created : nil)
    }
}
