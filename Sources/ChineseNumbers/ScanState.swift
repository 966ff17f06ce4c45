import ContractModel

/// An amount read in one form, before pairing (see Pairing.swift).
struct RawMoney {
    var isUppercase: Bool
    var start: Int
    var end: Int
    var value: Money
    /// ISO 4217 (Currencies.swift), set when the amount is recorded.
    var currency = "CNY"
}

/// The state of one scan: the text, a cursor-free view of its scalars and what was found so far.
/// Every `scan…(at:)` method returns the index where scanning continues, always past its start,
/// so the driver cannot loop.
struct ScanState {
    let buf: UnsafeBufferPointer<Unicode.Scalar>
    let n: Int
    let text: DocumentText
    var money: [RawMoney] = []
    var percentages: [PercentValue] = []
    var dates: [DateValue] = []
    var durations: [DurationValue] = []
    var invalid: [InvalidMention] = []
    /// Reused token buffer for Chinese numeral runs.
    var tokens: [NumeralToken] = []
    /// Where the upper bound of a percentage range `10-20%` begins: not an identifier there.
    var rangeUpperStart = -1
    /// How many money ranges are being read inside one another (`1-2-3万元`): bounded, so that a hostile
    /// `1-1-1-…元` cannot recurse without end.
    var rangeDepth = 0
    /// The text names the Republic of China calendar (`RepublicDates`): short years are its years. Looked up
    /// the first time a short year needs it (most texts have none).
    var namesRepublicCalendar: Bool?
    /// The currency of the text's amounts that name none (Currencies.swift): looked up the first time one needs it.
    var textCurrency: String?

    init(buf: UnsafeBufferPointer<Unicode.Scalar>, text: DocumentText) {
        self.buf = buf
        self.n = buf.count
        self.text = text
        tokens.reserveCapacity(64)
    }

    /// Code point at `i`, or 0 outside the text.
    @inline(__always)
    func v(_ i: Int) -> UInt32 { i >= 0 && i < n ? buf[i].value : 0 }

    /// Code point at `i` with full-width ASCII forms folded (`（` → `(`).
    @inline(__always)
    func f(_ i: Int) -> UInt32 { NumeralTables.fold(v(i)) }

    /// First index at or after `i` that is not a space.
    @inline(__always)
    func skipSpace(_ i: Int) -> Int {
        var j = i
        while j < n && NumeralTables.isSpace(buf[j].value) { j += 1 }
        return j
    }

    /// Last index before `i` that is not a space, or -1.
    @inline(__always)
    func previousNonSpace(_ i: Int) -> Int {
        var j = i - 1
        while j >= 0 && NumeralTables.isSpace(buf[j].value) { j -= 1 }
        return j
    }

    /// True when `word` is at `i`.
    func matches(_ i: Int, _ word: [UInt32]) -> Bool {
        if i < 0 || i + word.count > n { return false }
        for (k, w) in word.enumerated() where buf[i + k].value != w { return false }
        return true
    }

    /// True when `word` ends just before `end`.
    func endsWith(_ end: Int, _ word: [UInt32]) -> Bool { matches(end - word.count, word) }

    func span(_ start: Int, _ end: Int) -> Span { text.span(start, end) }
    func string(_ start: Int, _ end: Int) -> String { text.text(start, end) }

    mutating func reportInvalid(_ kind: InvalidMention.Kind, _ reason: InvalidReason, _ start: Int, _ end: Int) {
        invalid.append(InvalidMention(kind: kind, text: string(start, end), reason: reason.rawValue, span: span(start, end)))
    }
}

/// Words the scanner looks for, as code point arrays.
enum Words {
    static func w(_ s: String) -> [UInt32] { s.unicodeScalars.map(\.value) }
    static let renminbi = w("人民币")
    static let renminbiTraditional = w("人民幣")
    static let rmb = w("RMB")
    static let cny = w("CNY")
    /// The currency words that may stand before an amount.
    static let currencies = [renminbi, renminbiTraditional, rmb, cny]
    static let fenZhi = w("分之")
    static let yiShang = w("以上")
    static let yiXia = w("以下")
    static let yiNei = w("以内")
    static let zuoYou = w("左右")
}
