// swift-tools-version:6.0
// hetong: Chinese contracts (PDF, DOCX, scanned PDF, TXT) -> structured, validated JSON.
//
// Data flows one way: file -> text -> mentions -> contract fields -> findings -> sinks.
// Only the Extract* modules see C (poppler-glib, libxml2, zlib, Tesseract); everything above them is pure Swift.
// Every edge below is an `import` in the code (and nothing is imported without its edge).
import PackageDescription

let package = Package(
    name: "hetong",
    // macOS 15: Int128 (ContractModel, ConsistencyChecks) and Synchronization.Mutex (ExtractOCR).
    platforms: [.macOS(.v15)],
    products: [
        .executable(name: "hetong", targets: ["hetong"]),
        .executable(name: "hetong-bench", targets: ["hetong-bench"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        // Builds DOCX fixtures in ExtractDOCXTests (the reader itself has its own bounded ZIP code).
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
            // Raw inflation of DOCX (ZIP) entries, bounded by ExtractDOCX.
            name: "CInflate", path: "Sources/CInflate", providers: [.apt(["zlib1g-dev"])]),
        .systemLibrary(
            // Headers only: the library is opened with dlopen on first OCR (see shim.h), not linked.
            name: "CTesseract", path: "Sources/CTesseract",
            providers: [.apt(["libtesseract-dev", "libleptonica-dev", "tesseract-ocr-chi-sim"])]),
        .systemLibrary(
            // ONNX Runtime's C API as hetong declares it (no header of the runtime needed): the library of the
            // onnxruntime wheel (Scripts/setup) is opened with dlopen on the first PP-OCR page, not linked.
            name: "COnnxRuntime", path: "Sources/COnnxRuntime"),
        .systemLibrary(
            // PostgreSQL's C client, for `--postgres` (seen only by PostgresSink).
            name: "CLibPQ", path: "Sources/CLibPQ", pkgConfig: "libpq", providers: [.apt(["libpq-dev"])]),

        // Pure Swift values: Money, Percentage, Span, Contract, Finding, JSON encoding.
        .target(name: "ContractModel"),
        // Full-width folding, CJK/digit space removal, line joining, header/footer removal, offset map.
        .target(name: "TextNormalization", dependencies: ["ContractModel"]),
        // File -> pages of raw text + warnings.
        .target(name: "ExtractPDF", dependencies: ["ContractModel", "CPoppler"]),
        .target(name: "ExtractDOCX", dependencies: ["ContractModel", "CLibXML2", "CInflate"]),
        .target(name: "ExtractTXT", dependencies: ["ContractModel"]),
        // Page image -> text through PP-OCR (ONNX Runtime) or Tesseract (scanned pages, garbled text layers).
        // Optimized in debug builds too: the test suite OCRs the scanned Corpus in a debug build, and PP-OCR's
        // pixel loops (resizing, DB boxes, line crops, table rules, CTC) unoptimized cost 4.85 s instead of 3.77 s
        // on zongzhi page 4 (det 0.53 -> 0.26 s, crops 0.55 -> 0.09 s; Tesseract 2.83 s).
        .target(name: "ExtractOCR", dependencies: ["ContractModel", "CTesseract", "COnnxRuntime"],
                swiftSettings: [.unsafeFlags(["-O"], .when(configuration: .debug))]),
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
                "ContractModel", "TextNormalization", "Extraction", "ExtractOCR", "ChineseNumbers", "ClauseGrammar",
                "ConsistencyChecks", "OCRRepair", .product(name: "GRDB", package: "GRDB.swift"),
            ]),
        // The record tables in PostgreSQL (`--postgres`, `hetong load`), through libpq.
        .target(name: "PostgresSink", dependencies: ["Pipeline", "ContractModel", "CLibPQ"]),
        .executableTarget(
            name: "hetong",
            dependencies: ["Pipeline", "PostgresSink", "ContractModel", .product(name: "ArgumentParser", package: "swift-argument-parser")]),

        // Micro-benchmarks for Scripts/bench.
        .executableTarget(
            name: "hetong-bench",
            dependencies: ["Extraction", "ChineseNumbers", "ClauseGrammar", "TextNormalization", "ContractModel"]),

        .testTarget(name: "ContractModelTests", dependencies: ["ContractModel"]),
        .testTarget(name: "TextNormalizationTests", dependencies: ["TextNormalization"]),
        .testTarget(name: "ExtractPDFTests", dependencies: ["ExtractPDF", "ContractModel"], exclude: ["Fixtures"]),
        .testTarget(name: "ExtractDOCXTests", dependencies: ["ExtractDOCX", "ContractModel", "ZIPFoundation"]),
        .testTarget(name: "ExtractTXTTests", dependencies: ["ExtractTXT", "ContractModel"]),
        .testTarget(name: "ExtractOCRTests", dependencies: ["ExtractOCR", "ContractModel"], exclude: ["Fixtures"]),
        // Format detection by content and the facade's codes for every hostile non-PDF file.
        .testTarget(name: "ExtractionTests", dependencies: ["Extraction", "ContractModel"]),
        .testTarget(name: "ChineseNumbersTests", dependencies: ["ChineseNumbers", "ContractModel"], exclude: ["Conformance"]),
        .testTarget(name: "OCRRepairTests", dependencies: ["OCRRepair", "ContractModel"]),
        .testTarget(name: "ClauseGrammarTests", dependencies: ["ClauseGrammar", "ChineseNumbers", "TextNormalization", "ContractModel"]),
        .testTarget(
            name: "ConsistencyChecksTests",
            dependencies: ["ConsistencyChecks", "ClauseGrammar", "ChineseNumbers", "TextNormalization", "ContractModel"]),
        .testTarget(name: "PipelineTests", dependencies: ["Pipeline", "ContractModel"]),
        // Every Corpus document: extraction fidelity against its source text, 大写 amounts intact.
        .testTarget(name: "CorpusTests", dependencies: ["Extraction", "TextNormalization", "ContractModel"]),
        // Runs the built `hetong` binary on Corpus/ (end to end).
        .testTarget(name: "EndToEndTests", dependencies: ["ContractModel"]),
    ],
    swiftLanguageModes: [.v6]
)
