/// Reads Chinese numerals: "二十二", "三千", "一百零五", "两", "一万二千"; "百分之九十五" and "三分之一" as shares.
enum ChineseNumeralReader {
    struct Numeral: Equatable {
        var value: Double
        var end: Int
    }

    /// The numeral starting at `start`, or nil when the scalars there are not one ("十四五" is a name, not 145).
    static func read(_ s: [Unicode.Scalar], at start: Int, limit: Int) -> Numeral? {
        var i = start
        var total = 0.0
        var section = 0.0
        var digit: Double? = nil
        var lastWasDigit = false
        var sawAny = false
        while i < limit {
            let c = s[i]
            if let d = NumberScalars.chineseDigit(c) {
                // "一二" or "十四五": two digits in a row are a list or a name, not one numeral. 零 may follow one.
                if lastWasDigit, d != 0 { return nil }
                digit = Double(d)
                lastWasDigit = d != 0
                sawAny = true
            } else if let unit = NumberScalars.chineseSmallUnit(c) {
                section += (digit ?? 1) * Double(unit)
                digit = nil
                lastWasDigit = false
                sawAny = true
            } else if c == "万" || c == "亿" {
                guard sawAny else { break }
                let scale = c == "万" ? 10_000.0 : 100_000_000.0
                let amount = (section + (digit ?? 0))
                total = c == "亿" ? (total + amount) * scale : total + amount * scale
                section = 0
                digit = nil
                lastWasDigit = false
            } else {
                break
            }
            i += 1
        }
        guard sawAny, i > start else { return nil }
        return Numeral(value: total + section + (digit ?? 0), end: i)
    }

    /// "百分之九十五" / "百分之12.5" at `start`: the percentage and the index after it.
    static func readPercent(_ s: [Unicode.Scalar], at start: Int, limit: Int) -> (
        value: Double, decimals: Int, end: Int
    )? {
        guard start + 3 < limit, s[start] == "百", s[start + 1] == "分", s[start + 2] == "之" else { return nil }
        let at = start + 3
        if let arabic = ArabicNumberReader.read(s, at: at, limit: limit) {
            return (arabic.value, arabic.decimals, arabic.end)
        }
        guard let numeral = read(s, at: at, limit: limit) else { return nil }
        return (numeral.value, 0, numeral.end)
    }

    /// "三分之一" at `start` (a numeral, then 分之, then a numeral): the fraction's value and the index after it.
    static func readFraction(_ s: [Unicode.Scalar], at start: Int, limit: Int) -> (value: Double, end: Int)? {
        guard let denominator = read(s, at: start, limit: limit), denominator.value > 0 else { return nil }
        let at = denominator.end
        guard at + 2 < limit, s[at] == "分", s[at + 1] == "之",
            let numerator = read(s, at: at + 2, limit: limit)
        else { return nil }
        return (numerator.value / denominator.value, numerator.end)
    }
}
