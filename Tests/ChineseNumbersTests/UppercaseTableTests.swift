import Testing
import ContractModel
import ChineseNumbers

@Suite struct UppercaseTableTests {
    /// Legal forms and their values in fen.
    static let legal: [(String, Int64)] = [
        ("壹万零伍拾元", 1_005_000),
        ("壹亿零贰佰万元", 10_200_000_000),
        ("壹拾万零叁仟元", 10_300_000),
        ("壹拾万叁仟元", 10_300_000),
        ("拾万元", 10_000_000),
        ("拾元整", 1_000),
        ("壹仟贰佰万元", 1_200_000_000),
        ("壹亿贰仟万元整", 12_000_000_000),
        ("贰角壹分", 21),
        ("伍分", 5),
        ("叁万元整", 3_000_000),
        ("叁万元正", 3_000_000),
        ("肆佰柒拾壹万伍仟元整", 471_500_000),
        ("肆佰肆拾肆万捌仟壹佰壹拾叁元贰角壹分", 444_811_321),
        ("壹仟陆佰捌拾元零叁角贰分", 168_032),
        ("壹仟陆佰捌拾元叁角贰分", 168_032),
        ("壹万陆仟肆佰零玖元零贰分", 1_640_902),
        ("壹元贰分", 102),
        ("伍角整", 50),
        ("零元整", 0),
        ("壹佰零伍元", 10_500),
        ("壹佰贰拾元", 12_000),
        ("壹仟零伍元", 100_500),
        ("壹仟伍拾元", 105_000), // 零 left out, value still certain
        ("壹万亿元", 100_000_000_000_000),
        ("壹万贰仟亿元", 120_000_000_000_000),
        ("貳萬參仟陸佰圓整", 2_360_000),
        ("人民币叁佰玖拾万元整", 390_000_000),
        ("肆佰柒拾壹万伍仟元 整", 471_500_000),
        ("肆佰柒拾壹\n万伍仟\u{0C}元整", 471_500_000),
        ("三十五万元", 35_000_000),
        ("一百零五元", 10_500),
        ("两千元", 200_000),
    ]

    /// Malformed or ambiguous forms and the stable reason each must give.
    static let rejected: [(String, InvalidReason)] = [
        ("壹佰佰元", .repeatedUnit),
        ("伍角伍角", .repeatedUnit),
        ("壹元贰分叁角", .unitOrder),
        ("万元整", .danglingUnit),
        ("壹佰贰元整", .missingZero),
        ("壹仟伍元", .missingZero),
        ("壹万伍元", .missingZero),
        ("壹佰伍万元", .missingZero),
        ("壹拾贰佰元", .unitOrder),
        ("壹仟零伍佰元", .misplacedZero),
        ("壹万零壹仟元", .misplacedZero),
        ("壹拾零伍元", .misplacedZero),
        ("壹佰零元", .misplacedZero),
        ("壹仟零零伍元", .repeatedZero),
        ("壹贰元", .consecutiveDigits),
        ("壹仟佰元", .missingDigit),
        ("壹元伍", .missingUnit),
        ("壹元伍整", .missingUnit),
        ("壹佰贰角", .missingYuan),
        ("零伍元", .leadingZero),
        ("壹元整伍角", .misplacedWhole),
        ("壹万贰万元", .repeatedUnit),
        ("壹亿万元", .danglingUnit),
        ("壹元叁角零贰分", .misplacedZero),
        ("壹元零叁角", .misplacedZero),
        ("壹佰", .missingYuan),
        ("", .empty),
        ("壹佰元abc", .unexpectedCharacter),
    ]

    @Test(arguments: legal) func legalForms(_ text: String, _ fen: Int64) {
        #expect(UppercaseMoney.parse(text) == .success(Money(fen: fen)), "\(text)")
    }

    @Test(arguments: rejected) func rejectedForms(_ text: String, _ reason: InvalidReason) {
        #expect(UppercaseMoney.parse(text) == .failure(reason), "\(text)")
    }

    @Test func everydayIntegers() {
        let cases: [(String, Int64?)] = [
            ("十二", 12), ("三十", 30), ("一百零五", 105), ("两", 2), ("〇", 0), ("零", 0), ("三", 3),
            ("十二个", nil), ("二〇二二", 2022), ("一千零一十", 1010), ("一百二", nil), ("十万", 100_000),
            ("壹拾贰", 12), ("12", 12), ("", nil), ("两百五十", 250), ("一万零五百", 10_500),
        ]
        for (text, value) in cases { #expect(ChineseNumeral.integer(text) == value, "\(text)") }
    }
}
