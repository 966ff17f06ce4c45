/// Why a numeral-looking string was not given a value. The raw values are stable codes: they end up
/// in `InvalidMention.reason` and in findings, and consumers may match on them.
public enum InvalidReason: String, Sendable, Hashable, Error, CaseIterable {
    /// The same unit twice in a row or twice in one section: `壹佰佰元`, `伍角伍角`, `壹万贰万`.
    case repeatedUnit = "repeated_unit"
    /// Units in rising order: `壹元贰分叁角`, `壹拾贰佰`.
    case unitOrder = "unit_order"
    /// A bare final digit whose position a 零 would have fixed: `壹佰贰元` (102 or 120?), `壹万伍元`.
    case missingZero = "missing_zero"
    /// A unit with no digit at all: `万元整`, `壹亿万元`.
    case danglingUnit = "dangling_unit"
    /// A 零 that stands for no skipped position: `壹仟零伍佰`, `壹元叁角零贰分`, `壹佰零元`.
    case misplacedZero = "misplaced_zero"
    /// `零零`.
    case repeatedZero = "repeated_zero"
    /// Two digits with no unit between them where units are required: `壹贰元`, `贰零佰`.
    case consecutiveDigits = "consecutive_digits"
    /// A unit other than a leading 拾 with no digit before it: `壹仟佰元`.
    case missingDigit = "missing_digit"
    /// A digit after 元 with no 角 or 分: `壹元伍`, `壹元伍整`.
    case missingUnit = "missing_unit"
    /// 角 or 分 after an integer with no 元 between: `壹佰贰角`; or an integer with no 元 at all.
    case missingYuan = "missing_yuan"
    /// The numeral begins with 零 and more follows: `零伍元`.
    case leadingZero = "leading_zero"
    /// 整/正 followed by more numeral: `壹元整伍角`.
    case misplacedWhole = "misplaced_whole"
    /// Larger than an `Int64` count of fen.
    case overflow
    /// Nothing to value.
    case empty
    /// Thousands separators not in groups of three: `4,71,5000元`.
    case badGrouping = "bad_grouping"
    /// More decimals than the unit allows: `3.456元` (fen are the smallest unit).
    case excessPrecision = "excess_precision"
    /// A date that does not exist: `2025年2月30日`, `2025.13.1`.
    case invalidDate = "invalid_date"
    /// A minus sign or 负 right before an amount or a rate: `负壹元整`, `-1,200元`, `负3.9%`. A negative
    /// amount is never given its absolute value.
    case negative
    /// The lower bound of a range whose unit is written on the upper bound only, when the shared unit
    /// would make it larger than the upper bound: `5000-2万元` (5 000 元 or 5 000 万元?).
    case ambiguousRange = "ambiguous_range"
    /// Decimals and 角/分 in one amount: `12.5元3角`.
    case conflictingFraction = "conflicting_fraction"
    /// A decimal point followed by more places than a fraction and units: `2.5万4千元`, `1.2点5元`.
    case misplacedPoint = "misplaced_point"
    /// 兆 in an amount: 10⁶ in mainland usage, 10¹² in Taiwan and older texts (`四十九兆九千五百九十二億元`).
    case ambiguousUnit = "ambiguous_unit"
    /// A capital numeral broken by one foreign character (`壹佰任拾万元整`, OCR reading 仟 as 任): the
    /// part after it is not the amount.
    case brokenNumeral = "broken_numeral"
    /// A character that is no part of a numeral (only from the string APIs).
    case unexpectedCharacter = "unexpected_character"
}
