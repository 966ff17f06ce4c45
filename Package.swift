// swift-tools-version:6.0
// hetong: Chinese contracts (PDF, DOCX, scanned PDF, TXT) -> structured, validated JSON.
//
// Data flows one way: file -> text -> mentions -> contract fields -> findings -> sinks.
// Only the Extract* modules see C (poppler-glib, libxml2); everything above them is pure Swift.
import PackageDescription

let package = Package(
    name: "hetong",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "hetong", targets: ["hetong"]),
        .executable(name: "hetong-bench", targets: ["hetong-bench"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        .package(url: "https://github.com/weichsel/ZIPFoundation", from: "0.9.19"),
        .package(url: "https://github.com/groue/GRDB.swift", from: "7.0.0"),
    ],
    targets: [
        // C boundary: system libraries, each seen by exactly one Swift module.
        .systemLibrary(
            name: "CPoppler", path: "Sources/CPoppler", pkgConfig: "poppler-glib",
            providers: [.apt(["libpoppler-glib-dev", "poppler-data"])]),
        .systemLibrary(
            name: "CLibXML2", path: "Sources/CLibXML2", pkgConfig: "libxml-2.0",
            providers: [.apt(["libxml2-dev"])]),
        .systemLibrary(
            // Headers only: the library is opened with dlopen on first OCR (see shim.h), not linked.
            name: "CTesseract", path: "Sources/CTesseract",
            providers: [.apt(["libtesseract-dev", "libleptonica-dev", "tesseract-ocr-chi-sim"])]),

        // Pure Swift values: Money, Percentage, Span, Contract, Finding, JSON encoding.
        .target(name: "ContractModel"),
        // Full-width folding, CJK/digit space removal, line joining, header/footer removal, offset map.
        .target(name: "TextNormalization", dependencies: ["ContractModel"]),
        // File -> pages of raw text + warnings.
        .target(name: "ExtractPDF", dependencies: ["ContractModel", "CPoppler"]),
        .target(name: "ExtractDOCX", dependencies: ["ContractModel", "CLibXML2", "ZIPFoundation"]),
        .target(name: "ExtractTXT", dependencies: ["ContractModel"]),
        // Page image -> text through Tesseract (scanned pages, garbled text layers).
        .target(name: "ExtractOCR", dependencies: ["ContractModel", "CTesseract"]),
        // Format detection by content and dispatch to the extractors above.
        .target(name: "Extraction", dependencies: ["ContractModel", "ExtractPDF", "ExtractDOCX", "ExtractTXT", "ExtractOCR"]),
        // Lexical grammar: Chinese numerals, money, percentages, dates, durations.
        .target(name: "ChineseNumbers", dependencies: ["ContractModel"]),
        // OCR confusions in 大写 amounts, repaired against the figures beside them (scanned pages only).
        .target(name: "OCRRepair", dependencies: ["ContractModel"]),
        // Clause rules -> contract fields.
        .target(name: "ClauseGrammar", dependencies: ["ChineseNumbers", "ContractModel"]),
        // One rule per file -> findings.
        .target(name: "ConsistencyChecks", dependencies: ["ContractModel"]),
        // Discovery, workers, isolation, resumability, sinks (JSONL, SQLite, HTML report).
        .target(
            name: "Pipeline",
            dependencies: [
                "ContractModel", "TextNormalization", "Extraction", "ChineseNumbers", "ClauseGrammar",
                "ConsistencyChecks", "OCRRepair", .product(name: "GRDB", package: "GRDB.swift"),
            ]),
        .executableTarget(
            name: "hetong",
            dependencies: ["Pipeline", .product(name: "ArgumentParser", package: "swift-argument-parser")]),

        // Micro-benchmarks for Scripts/bench.
        .executableTarget(
            name: "hetong-bench",
            dependencies: ["Pipeline", "Extraction", "ChineseNumbers", "ClauseGrammar", "TextNormalization", "ContractModel"]),

        .testTarget(name: "ContractModelTests", dependencies: ["ContractModel"]),
        .testTarget(name: "TextNormalizationTests", dependencies: ["TextNormalization"]),
        .testTarget(name: "ExtractPDFTests", dependencies: ["ExtractPDF"], exclude: ["Fixtures"]),
        .testTarget(name: "ExtractDOCXTests", dependencies: ["ExtractDOCX", "ZIPFoundation"]),
        .testTarget(name: "ExtractTXTTests", dependencies: ["ExtractTXT"]),
        .testTarget(name: "ExtractOCRTests", dependencies: ["ExtractOCR"], exclude: ["Fixtures"]),
        .testTarget(name: "ChineseNumbersTests", dependencies: ["ChineseNumbers"]),
        .testTarget(name: "OCRRepairTests", dependencies: ["OCRRepair"]),
        .testTarget(name: "ClauseGrammarTests", dependencies: ["ClauseGrammar", "ChineseNumbers", "TextNormalization"]),
        .testTarget(
            name: "ConsistencyChecksTests",
            dependencies: ["ConsistencyChecks", "ClauseGrammar", "ChineseNumbers", "TextNormalization"]),
        .testTarget(name: "PipelineTests", dependencies: ["Pipeline"]),
        // Every Corpus document: extraction fidelity against its source text, 大写 amounts intact.
        .testTarget(name: "CorpusTests", dependencies: ["Extraction", "TextNormalization", "ChineseNumbers", "ContractModel"]),
        // Runs the built `hetong` binary on Corpus/ (end to end).
        .testTarget(name: "EndToEndTests", dependencies: ["ContractModel"]),
    ],
    swiftLanguageModes: [.v6]
)
