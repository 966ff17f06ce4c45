/// `w:sym` characters: Word stores symbol-font glyphs as private-use code points U+F0xx whose low byte
/// is the font's own code. The common ones in contracts (check boxes, bullets, ≤ ≥ ×) map to Unicode;
/// anything else is returned as the private-use scalar and left to normalization.
enum SymbolFonts {
    static func character(font: String?, code: String?) -> String {
        guard let code, let value = UInt32(code, radix: 16) else { return "" }
        let low = UInt8(truncatingIfNeeded: value)
        let isPrivate = (0xF000...0xF0FF).contains(value)
        if isPrivate || value <= 0xFF {
            let table: [UInt8: String]
            switch font?.lowercased() {
            case "symbol": table = symbol
            case "wingdings": table = wingdings
            case "wingdings 2": table = wingdings2
            default: table = [:]
            }
            if let mapped = table[low] { return mapped }
        }
        if !isPrivate, let scalar = Unicode.Scalar(value) { return String(scalar) }
        return Unicode.Scalar(value).map { String($0) } ?? ""
    }

    private static let symbol: [UInt8: String] = [
        0xB7: "•", 0xA3: "≤", 0xB3: "≥", 0xB1: "±", 0xB4: "×", 0xB8: "÷", 0xB0: "°", 0xB9: "≠",
        0xBB: "≈", 0xA5: "∞", 0xD6: "√", 0x2D: "−", 0xAE: "→", 0xAC: "←", 0xDE: "⇒",
    ]

    private static let wingdings: [UInt8: String] = [
        0x6C: "●", 0x6E: "■", 0x6F: "□", 0x71: "❑", 0x75: "◆", 0xA1: "○", 0xA7: "▪", 0xA8: "□",
        0x9F: "•", 0xD8: "➢", 0xE0: "→", 0xF0: "⇨", 0xFC: "✓", 0xFB: "✗", 0xFD: "☒", 0xFE: "☑", 0x78: "☒",
    ]

    private static let wingdings2: [UInt8: String] = [
        0x50: "✓", 0x4F: "✗", 0x52: "☑", 0x53: "☒", 0x54: "☒", 0xA3: "□", 0x2A: "□", 0x97: "●", 0x99: "○",
    ]
}
