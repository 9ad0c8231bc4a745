import QRLintCore

/// Small Chinese numerals as used in heading and list numbers (一 … 九十九).
enum ChineseNumeral {
    static func digit(_ s: Unicode.Scalar) -> Int? { ChineseDigit.value(of: s) }

    static func isNumeral(_ s: Unicode.Scalar) -> Bool { s == "十" || digit(s) != nil }

    /// Parses the longest numeral starting at `index`; returns its value and the index after it.
    /// Accepts 一…十, 十一…十九, 二十…九十九.
    static func parse(_ scalars: [Unicode.Scalar], at index: Int, end: Int) -> (value: Int, next: Int)? {
        var i = index
        var tens = 0
        var ones = 0
        var sawTen = false
        var sawAny = false
        if i < end, let d = digit(scalars[i]), d > 0, i + 1 < end, scalars[i + 1] == "十" {
            tens = d
            sawTen = true
            sawAny = true
            i += 2
        } else if i < end, scalars[i] == "十" {
            tens = 1
            sawTen = true
            sawAny = true
            i += 1
        }
        if i < end, let d = digit(scalars[i]), d > 0 {
            if !sawTen && sawAny { return nil }
            ones = d
            sawAny = true
            i += 1
        }
        guard sawAny else { return nil }
        // "十一二" or "一二" is not a numeral we use for numbering.
        if i < end, isNumeral(scalars[i]) { return nil }
        return (tens * 10 + ones, i)
    }
}
