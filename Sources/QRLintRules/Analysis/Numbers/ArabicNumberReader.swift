import Foundation

/// Reads an Arabic number as written in a report: "1234", "1,234", "1.73", "６４７８．８３" (full-width).
struct ArabicNumber: Equatable {
    var value: Double
    /// Decimals shown: "1.70" has 2.
    var decimals: Int
    /// Digits before the decimal point.
    var integerDigits: Int
    /// The scalar after the number.
    var end: Int
    /// Written with thousands separators.
    var grouped: Bool
}

enum ArabicNumberReader {
    /// Reads the number that starts at `start` (a digit), up to `limit`.
    static func read(_ s: [Unicode.Scalar], at start: Int, limit: Int) -> ArabicNumber? {
        guard start < limit, NumberScalars.isDigit(s[start]) else { return nil }
        var i = start
        var integer = 0.0
        var digits = 0
        var grouped = false
        while i < limit {
            if let d = NumberScalars.digit(s[i]) {
                integer = integer * 10 + Double(d)
                digits += 1
                i += 1
            } else if s[i] == ",", digits > 0, digits <= (grouped ? Int.max : 3), isGroup(s, i + 1, limit) {
                // "1,234": a comma followed by exactly three digits is a thousands separator; "3,4" is a list.
                grouped = true
                i += 1
            } else {
                break
            }
        }
        var decimals = 0
        var mantissa = integer
        if i + 1 < limit, s[i] == "." || s[i] == "．", NumberScalars.isDigit(s[i + 1]) {
            i += 1
            while i < limit, let d = NumberScalars.digit(s[i]) {
                mantissa = mantissa * 10 + Double(d)
                decimals += 1
                i += 1
            }
        }
        // Dividing the whole mantissa once keeps "8130.25" exact to the last printed digit.
        let value = decimals == 0 ? mantissa : mantissa / Precision.power(decimals)
        return ArabicNumber(value: value, decimals: decimals, integerDigits: digits, end: i, grouped: grouped)
    }

    /// Exactly three digits at `i`, not followed by another digit.
    private static func isGroup(_ s: [Unicode.Scalar], _ i: Int, _ limit: Int) -> Bool {
        guard i + 3 <= limit else { return false }
        for k in i..<(i + 3) where !NumberScalars.isDigit(s[k]) { return false }
        return i + 3 == limit || !NumberScalars.isDigit(s[i + 3])
    }
}
