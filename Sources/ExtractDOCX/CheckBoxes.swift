/// Check boxes of Word forms, as the marks the grammar reads (`OptionMarks`): `☑` ticked, `☐` not.
enum CheckBoxes {
    static let checked = "\u{2611}"
    static let unchecked = "\u{2610}"

    /// A `w14:checkbox` content control: its state is `w14:checked` (`w14:val` 1/true/on, or present without a
    /// value); the glyph it shows (`☒` in MS Gothic by default, or whatever `w14:checkedState` names) is not read.
    static func contentControl(_ box: XMLElement) -> String {
        guard let state = box.firstChild("w14:checked") else { return unchecked }
        return isOn(state.attribute("w14:val")) ? checked : unchecked
    }

    /// A legacy form field (`FORMCHECKBOX`): `w:checked` when set, else `w:default`.
    static func formField(_ box: XMLElement) -> String {
        if let state = box.firstChild("w:checked") { return isOn(state.attribute("w:val")) ? checked : unchecked }
        if let state = box.firstChild("w:default") { return isOn(state.attribute("w:val")) ? checked : unchecked }
        return unchecked
    }

    private static func isOn(_ value: String?) -> Bool {
        guard let value else { return true }
        return !["0", "false", "off"].contains(value.lowercased())
    }
}
