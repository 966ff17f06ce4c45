import Foundation
import Testing

/// The corpus is complete and every file the manifest names exists.
@Suite struct ManifestTests {
    @Test func manifestListsEveryDocument() throws {
        let manifest = try CorpusManifest.load()
        let seeds = manifest.documents.filter { $0.kind == "seed" }
        #expect(Set(seeds.map(\.name)).count == 3)
        #expect(Set(seeds.map(\.format)) == ["pdf", "docx", "txt"])
        // Per seed: source.txt, DOCX, PDF, and PDFs under a header in two parts and under a two-line header.
        #expect(seeds.count == 15)
        for name in Set(seeds.map(\.name)) {
            let files = Set(seeds.filter { $0.name == name }.map { $0.url.lastPathComponent })
            #expect(files.isSuperset(of: ["\(name)-header-in-parts.pdf", "\(name)-two-line-header.pdf"]), "\(name): \(files)")
        }
        let quirks = manifest.documents.filter { $0.kind == "quirk" }
        #expect(quirks.count >= 15)
        #expect(Set(quirks.map(\.format)) == ["pdf", "docx", "txt"])
        for document in manifest.documents {
            #expect(FileManager.default.fileExists(atPath: document.url.path), "missing \(document.path)")
            for relative in [document.source, document.expected].compactMap({ $0 }) {
                let url = CorpusManifest.root.appendingPathComponent(relative)
                #expect(FileManager.default.fileExists(atPath: url.path), "missing \(relative)")
            }
            if document.kind == "quirk" {
                #expect(document.url.lastPathComponent.hasPrefix("quirk-\(document.name)."))
                #expect(!(document.contains ?? []).isEmpty || !(document.absent ?? []).isEmpty)
            }
        }
    }

    @Test func readsWholeAllowsOnlyPageSeparatorsAndBlanksForBlanks() {
        #expect(CorpusText.readsWhole("肆佰柒拾壹万伍仟元整", in: "为：肆佰柒拾壹万伍\u{0C}仟元整（"))
        #expect(!CorpusText.readsWhole("肆佰柒拾壹万伍仟元整", in: "为：肆佰柒拾壹万伍\n仟元整（"))
        #expect(!CorpusText.readsWhole("肆佰柒拾壹万伍仟元整", in: "为：肆佰柒拾壹万伍 仟元整（"))
        #expect(CorpusText.readsWhole("Oracle Database 19c", in: "为Oracle Database\n19c。"))
        #expect(CorpusText.readsWhole("Oracle Database 19c", in: "为Oracle  Database 19c。"))
        #expect(!CorpusText.readsWhole("Oracle Database 19c", in: "为Oracle Database19c。"))
        #expect(CorpusText.readsWhole("a b", in: "a a b"))
    }

    @Test func sourceAmountsAreFound() throws {
        let text = "合同价款为：肆佰柒拾壹万伍仟元 整（¥4,715,000.00 元），其中无税金额为：肆佰肆拾肆万捌仟壹佰壹拾叁元贰角壹分。"
            + "即人民币 贰佰捌拾贰万玖仟元整，叁拾贰万柒仟捌佰元整；壹拾贰万叁仟肆佰伍拾陆元柒角捌分。拾元不计，万元户不计。"
        #expect(UppercaseAmounts.find(in: text) == [
            "肆佰柒拾壹万伍仟元", "肆佰肆拾肆万捌仟壹佰壹拾叁元贰角壹分", "贰佰捌拾贰万玖仟元整", "叁拾贰万柒仟捌佰元整",
            "壹拾贰万叁仟肆佰伍拾陆元柒角捌分",
        ])
    }
}
