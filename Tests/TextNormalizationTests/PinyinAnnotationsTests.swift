import Testing
@testable import TextNormalization

/// A web page's pinyin after characters is dropped (our own sentences); brackets that are no pinyin stay.
@Suite struct PinyinAnnotationsTests {
    @Test(arguments: [
        ("剩余5%作為質(zhì)量保證金,驗(yàn)收後退還", "剩余5%作為質量保證金,驗收後退還"),
        ("預(yù)付款為合同價(jià)款的20%", "預付款為合同價款的20%"),
        ("本合(he)同自2031年(nian)起生(shēng)效(xiào)", "本合同自2031年起生效"),
    ])
    func annotationsGo(_ raw: String, _ expected: String) {
        #expect(normalizedLine(raw) == expected)
    }

    /// Without two tone-marked annotations, a bracketed word is kept: it may be an item, a code or a word (`café`).
    @Test(arguments: ["按本条(a)项执行", "详见附件(ab)", "合同(zh)版本", "付款方式(ii)", "咖啡(café)采购合同"])
    func otherBracketsStay(_ raw: String) {
        #expect(normalizedLine(raw) == raw)
    }

    @Test func theTextKeepsItsRawOffsets() {
        let raw = "質(zhì)保金5%,驗(yàn)收"
        let doc = Normalizer.normalize(pages: [raw])
        #expect(doc.text.string.hasPrefix("質保金5%,驗收"))
        #expect(doc.origins[1] == 6)  // 保 after the five scalars of (zhì)
    }
}
