/// Han ideographs, one test for every module (normalization, grammar): URO, extension A, compatibility, supplementary
/// planes 2–3.
extension Unicode.Scalar {
    @inline(__always) public var isHanScalar: Bool {
        let v = value
        return (v >= 0x4E00 && v <= 0x9FFF) || (v >= 0x3400 && v <= 0x4DBF) || (v >= 0xF900 && v <= 0xFAFF)
            || (v >= 0x20000 && v <= 0x3FFFF)
    }
}
