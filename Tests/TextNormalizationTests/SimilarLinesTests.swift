import Testing
@testable import TextNormalization

@Suite struct SimilarLinesTests {
    static func key(_ s: String) -> [Unicode.Scalar] { Array(s.unicodeScalars) }

    @Test func ocrVariantsOfOneLineFormOneGroup() {
        let keys = ["北京市经济和信息化局综合事务中心运维服务合", "北京市经济和信息化局综合事务中心运维服务合后",
                    "北京市经济和信息化局综合事务中心运维服务合同", "第一条服务内容及服务要求", "北京市经济"].map(Self.key)
        let groups = SimilarLines.groups(keys, representatives: keys)
        #expect(groups[keys[1]] == keys[0] && groups[keys[2]] == keys[0])
        #expect(groups[keys[3]] == keys[3])
        #expect(groups[keys[4]] == keys[4], "shorter than the minimum: only itself")
    }

    @Test func similarityIsTwoLCSOverBothLengths() {
        #expect(SimilarLines.longestCommonSubsequence(Self.key("服务合同书"), Self.key("服务合后书")) == 4)
        #expect(SimilarLines.longestCommonSubsequence([], Self.key("甲")) == 0)
        // 10 and 10 scalars sharing 8 in order: 16/20 = 0.8, just alike; sharing 7: not.
        let a = Self.key("甲乙丙丁戊己庚辛壬癸"), b = Self.key("甲乙丙丁戊己庚辛子丑"), c = Self.key("甲乙丙丁戊己庚寅子丑")
        #expect(SimilarLines.alike(a, b, a.map(\.value).sorted(), b.map(\.value).sorted()))
        #expect(!SimilarLines.alike(a, c, a.map(\.value).sorted(), c.map(\.value).sorted()))
        // The same scalars in another order share a multiset but not a subsequence.
        let d = Self.key("癸壬辛庚己戊丁丙乙甲")
        #expect(!SimilarLines.alike(a, d, a.map(\.value).sorted(), d.map(\.value).sorted()))
    }

    /// Keys outside the sample join a sampled group when alike, else stay alone.
    @Test func keysJoinTheGroupOfARepresentative() {
        let header = Self.key("北京市经济和信息化局综合事务中心运维服务合同")
        let variant = Self.key("北京市经济和信息化局综合事务中心运维服务合后")
        let other = Self.key("第十二条 争议解决及其他约定事项")
        let groups = SimilarLines.groups([header, variant, other], representatives: [header])
        #expect(groups[variant] == header)
        #expect(groups[other] == other)
    }
}
