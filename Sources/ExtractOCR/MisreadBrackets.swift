/// Parentheses that Tesseract reads as angle brackets: chi_sim often gives `〈` or `《` for a
/// full-width `（` (`〈甲方)`, `《¥4,715,000.00)` on the Corpus scans). A real angle bracket closes
/// with its own closer (`《中华人民共和国民法典》`); an opener whose next closer on the line is a
/// parenthesis was a parenthesis, and becomes `（`. One line of OCR text at a time; everything else
/// is left as read.
enum MisreadBrackets {
    static let angleOpeners: Set<Unicode.Scalar> = ["〈", "《"]
    static let angleClosers: Set<Unicode.Scalar> = ["〉", "》"]
    static let parenthesisClosers: Set<Unicode.Scalar> = [")", "）"]

    static func repaired(_ line: String) -> String {
        var scalars = Array(line.unicodeScalars)
        guard scalars.contains(where: { angleOpeners.contains($0) }) else { return line }
        var changed = false
        for i in scalars.indices where angleOpeners.contains(scalars[i]) {
            var j = i + 1
            while j < scalars.count, !angleClosers.contains(scalars[j]), !parenthesisClosers.contains(scalars[j]),
                  !angleOpeners.contains(scalars[j]), scalars[j] != "(", scalars[j] != "（" { j += 1 }
            if j < scalars.count, parenthesisClosers.contains(scalars[j]) {
                scalars[i] = "（"
                changed = true
            }
        }
        guard changed else { return line }
        var view = String.UnicodeScalarView()
        view.append(contentsOf: scalars)
        return String(view)
    }
}
