import ContractModel
import Foundation
import Testing
import Synchronization
@testable import ExtractOCR

/// The PP-OCR engine on real pages: a page of the zongzhi scan (Corpus/scans) upright and turned by
/// 90°, 180° and 270°, and the stamped fixture. Needs the files `Scripts/setup` installs (.tools/ocr).
enum PPOCRInstalled {
    static let engine = (try? PPOCREngine.shared.get()) != nil
}

@Suite(.enabled(if: PPOCRInstalled.engine, "PP-OCR files not installed (Scripts/setup)"))
struct PPOCREngineTests {
    static let repository = PageOCRTests.fixtures.deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// Page 4 of the zongzhi scan: the installments, each with its 大写 and figures, and the bond.
    static let installmentsPage: PageRaster? = try? render(repository.appendingPathComponent("Corpus/scans/zongzhi-yunwei-2025-scan.pdf"), page: 4)
    static let uprightText: String? = installmentsPage.flatMap { try? PageOCR.recognize($0, engine: .ppocr).text }
    static let installmentPhrases = [
        "支付合同款的60%，即人民币贰佰捌拾贰万玖仟元整(¥2,829,000.00元)",
        "甲方缴纳合同总价款10%即人民币肆拾柒万壹仟伍佰元整(¥471,500.00元)的履约",
        "30%，即人民币壹佰肆拾壹万肆仟伍佰元整(¥1,414,500.00元)",
        "10%，即人民币肆拾柒万壹仟伍佰元整(¥471,500.00元)",
    ]

    static func render(_ pdf: URL, page: Int, dpi: Int = 300) throws -> PageRaster {
        try PageOCRTests.render(pdf, page: page, dpi: dpi)
    }

    /// The raster turned by quarter turns counter-clockwise, as a scanner stores a page fed sideways.
    static func turned(_ raster: PageRaster, quarterTurns: Int) -> PageRaster {
        let t = quarterTurns % 4
        let (w, h) = t == 2 ? (raster.width, raster.height) : (raster.height, raster.width)
        var out = [UInt8](repeating: 255, count: w * h * 4)
        for y in 0..<raster.height {
            for x in 0..<raster.width {
                let (nx, ny): (Int, Int)
                switch t {
                case 1: (nx, ny) = (y, raster.width - 1 - x)
                case 2: (nx, ny) = (raster.width - 1 - x, raster.height - 1 - y)
                default: (nx, ny) = (raster.height - 1 - y, x)
                }
                for c in 0..<4 { out[(ny * w + nx) * 4 + c] = raster.bgra[y * raster.stride + x * 4 + c] }
            }
        }
        return PageRaster(width: w, height: h, stride: w * 4, dpi: raster.dpi, bgra: out)
    }

    /// Whitespace dropped, full-width forms folded (`（￥` → `(¥`), as normalization does after extraction.
    static func compact(_ s: String) -> String {
        var out = String.UnicodeScalarView()
        for scalar in s.unicodeScalars where !scalar.properties.isWhitespace {
            if scalar == "￥" { out.append("¥") }
            else if (0xFF01...0xFF5E).contains(scalar.value), let ascii = Unicode.Scalar(scalar.value - 0xFEE0) { out.append(ascii) }
            else { out.append(scalar) }
        }
        return String(out)
    }

    @Test func recognitionModelCarriesItsCharacters() throws {
        let engine = try PPOCREngine.shared.get()
        let characters = engine.recognizer.characters
        #expect(characters.first == "blank" && characters.last == " ")
        #expect(characters.count > 6000, "PP-OCRv4's Chinese dictionary: \(characters.count)")
        for c in ["壹", "贰", "叁", "肆", "伍", "陆", "柒", "捌", "玖", "拾", "佰", "仟", "万", "亿", "¥", "%"] {
            #expect(characters.contains(c), "\(c)")
        }
    }

    @Test func uprightPageReadsEveryAmount() throws {
        let raster = try #require(Self.installmentsPage)
        let page = try PageOCR.recognize(raster, engine: .ppocr)
        #expect(page.info.engine.hasPrefix("ppocr"))
        #expect(page.info.meanConfidence >= 90)
        #expect(page.turnedDegrees == 0)
        let text = Self.compact(page.text)
        for phrase in Self.installmentPhrases { #expect(text.contains(Self.compact(phrase)), "\(phrase)") }
    }

    /// A page reports progress while it is read (after detection and after each batch of lines), so that a slow
    /// page on a loaded machine is not taken for a hung worker by the batch's `--timeout`.
    @Test func aPageReportsProgressWhileItIsRead() throws {
        let raster = try #require(Self.installmentsPage)
        let beats = Mutex(0)
        _ = try PageOCR.recognize(raster, engine: .ppocr) { beats.withLock { $0 += 1 } }
        #expect(beats.withLock { $0 } >= 3, "detection, then at least two batches of lines")
    }

    /// A page stored upside down or sideways is turned upright and reads as the upright page does.
    @Test(arguments: [1, 2, 3])
    func turnedPageReadsLikeTheUprightOne(quarterTurns: Int) throws {
        let raster = try #require(Self.installmentsPage)
        let upright = try #require(Self.uprightText)
        let page = try PageOCR.recognize(Self.turned(raster, quarterTurns: quarterTurns), engine: .ppocr)
        #expect(page.turnedDegrees == (4 - quarterTurns) * 90)
        let text = Self.compact(page.text)
        for phrase in Self.installmentPhrases { #expect(text.contains(Self.compact(phrase)), "\(phrase)") }
        #expect(page.text.split(separator: "\n").count == upright.split(separator: "\n").count)
    }

    /// Page 11 of the zongzhi scan, a ruled table of services whose cells wrap (scanned askew): each
    /// row reads as one line of cells, every cell whole, as the text layer has it.
    @Test func wrappedTableCellsReadAsWholeCells() throws {
        let raster = try Self.render(Self.repository.appendingPathComponent("Corpus/scans/zongzhi-yunwei-2025-scan.pdf"), page: 11)
        let lines = try PageOCR.recognize(raster, engine: .ppocr).text.split(separator: "\n").map(String.init)
        let failure = try #require(lines.first { $0.contains("故障恢复服务") })
        #expect(failure.split(separator: "\t").map { Self.compact(String($0)) }
                == ["5", "故障恢复服务", "业务运行中出现的重大故障，快速恢复系统业务服务", "7*24现场/远程服务"].map(Self.compact))
        let maintenance = try #require(lines.first { $0.contains("系统日常维护") })
        let cells = maintenance.split(separator: "\t").map { Self.compact(String($0)) }
        #expect(cells.count == 4 && cells.last == "5*8现场服务", "\(cells)")
        #expect(cells.count == 4 && cells[2].hasPrefix(Self.compact("1、监控应用软件的运行状态")) && cells[2].hasSuffix(Self.compact("按时提交月报和季度报告。")))
    }

    @Test func stampedFixtureIsRead() throws {
        let raster = try PageOCRTests.render(PageOCRTests.fixtures.appendingPathComponent("scanned-rotated-payment-clause.pdf"))
        let page = try PageOCR.recognize(raster, engine: .ppocr)
        let text = Self.compact(page.text)
        #expect(text.contains("支付合同款的60%"))
        #expect(text.contains("支付合同款的30%"))
        #expect(text.contains("4,715,000.00"))
        #expect(text.contains("2,829,000.00"))
        #expect(text.contains("自2022年3月1日起至2023年4月30日止"))
    }

    @Test func degeneratePagesGiveNoTextAndNoCrash() throws {
        // Pages a hostile PDF may render: 1 × 1, 3 × 2000, all black: no crash, no text to speak of.
        for (w, h, v) in [(1, 1, 255), (3, 2000, 255), (64, 64, 0), (2000, 3, 0)] as [(Int, Int, UInt8)] {
            let raster = PageRaster(width: w, height: h, stride: w * 4, dpi: 300, bgra: [UInt8](repeating: v, count: w * h * 4))
            let page = try PageOCR.recognize(raster, engine: .ppocr)
            #expect(page.text.count < 8, "\(w)×\(h): \(page.text)")
        }
    }

    @Test func pagesRecognizedInParallelKeepTheirOrder() throws {
        let raster = try PageOCRTests.render(PageOCRTests.fixtures.appendingPathComponent("scanned-rotated-payment-clause.pdf"), dpi: 150)
        let blank = PageRaster(width: 200, height: 200, stride: 800, dpi: 150, bgra: [UInt8](repeating: 255, count: 160_000))
        let results = PageOCR.recognize([blank, raster, blank], jobs: 2, engine: .ppocr)
        let texts = try results.map { try $0.get().text.filter { !$0.isWhitespace } }
        #expect(texts[0].isEmpty && texts[2].isEmpty)
        #expect(texts[1].contains("支付条款"))
    }
}

/// Finding the files, without loading them.
@Suite struct PPOCRFilesTests {
    @Test func namedFilesThatAreMissingSayWhatIsMissing() throws {
        let result = PPOCRFiles.locate(environment: ["HETONG_OCR_MODELS": "/nonexistent/models", "HETONG_ONNXRUNTIME": "/nonexistent/libonnxruntime.so"])
        guard case .failure(let missing) = result else { Issue.record("found files that are not there"); return }
        #expect(missing.message.contains("/nonexistent/models"))
        #expect(missing.message.contains("/nonexistent/libonnxruntime.so"))
    }

    @Test(.enabled(if: PPOCRInstalled.engine, "PP-OCR files not installed (Scripts/setup)"))
    func projectFolderIsFoundAboveTheExecutable() throws {
        let files = try PPOCRFiles.locate(environment: [:]).get()
        #expect(files.runtime.contains(".tools/ocr/onnxruntime/capi/libonnxruntime.so"))
        #expect(files.recognition.hasSuffix("/ch_PP-OCRv4_rec_infer.onnx"))
    }
}
