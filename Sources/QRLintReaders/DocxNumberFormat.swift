/// Renders a list counter in a Word number format (`w:numFmt`).
enum DocxNumberFormat {
    private static let chineseDigits: [Unicode.Scalar] = ["〇", "一", "二", "三", "四", "五", "六", "七", "八", "九"]
    private static let legalDigits: [Unicode.Scalar] = ["零", "壹", "贰", "叁", "肆", "伍", "陆", "柒", "捌", "玖"]
    private static let heavenlyStems: [Unicode.Scalar] = ["甲", "乙", "丙", "丁", "戊", "己", "庚", "辛", "壬", "癸"]
    private static let earthlyBranches: [Unicode.Scalar] = [
        "子", "丑", "寅", "卯", "辰", "巳", "午", "未", "申", "酉", "戌", "亥",
    ]

    static func format(_ value: Int, _ format: String) -> String {
        switch format {
        case "decimalZero": return value < 10 && value >= 0 ? "0\(value)" : String(value)
        case "upperRoman": return roman(value)
        case "lowerRoman": return roman(value).lowercased()
        case "upperLetter": return letters(value)
        case "lowerLetter": return letters(value).lowercased()
        case "chineseCounting", "japaneseCounting", "taiwaneseCounting":
            return value < 100 ? counting(value, chineseDigits) : ideographDigits(value)
        case "chineseCountingThousand", "taiwaneseCountingThousand", "japaneseLegal":
            return counting(value, chineseDigits)
        case "chineseLegalSimplified": return counting(value, legalDigits, ten: "拾", hundred: "佰", thousand: "仟")
        case "ideographDigital", "taiwaneseDigital": return ideographDigits(value)
        case "ideographTraditional": return cycle(value, heavenlyStems)
        case "ideographZodiac": return cycle(value, earthlyBranches)
        case "decimalFullWidth", "decimalFullWidth2": return fullWidth(value)
        case "decimalEnclosedCircle", "decimalEnclosedCircleChinese":
            return (1...20).contains(value) ? String(Unicode.Scalar(0x2460 + UInt32(value - 1))!) : String(value)
        case "decimalEnclosedParen": return "(\(value))"
        case "decimalEnclosedFullstop": return "\(value)."
        default: return String(value)
        }
    }

    /// 一 … 十, 十一, 二十一, 一百零五, 一千二百: the counting form Chinese headings use.
    static func counting(
        _ value: Int, _ digits: [Unicode.Scalar], ten: Unicode.Scalar = "十", hundred: Unicode.Scalar = "百",
        thousand: Unicode.Scalar = "千"
    ) -> String {
        guard value > 0, value < 10000 else { return String(value) }
        var out = String.UnicodeScalarView()
        let units: [(Int, Unicode.Scalar?)] = [(1000, thousand), (100, hundred), (10, ten), (1, nil)]
        var pendingZero = false
        for (unit, mark) in units {
            let digit = value / unit % 10
            if digit == 0 {
                if !out.isEmpty { pendingZero = true }
                continue
            }
            if pendingZero, unit < 1000 {
                out.append(digits[0] == "〇" ? "零" : digits[0])
                pendingZero = false
            }
            // 十一 rather than 一十一 when the number starts with its tens.
            if !(unit == 10 && digit == 1 && out.isEmpty && mark == "十") { out.append(digits[digit]) }
            if let mark { out.append(mark) }
        }
        return String(out)
    }

    private static func ideographDigits(_ value: Int) -> String {
        guard value >= 0 else { return String(value) }
        return String(
            String.UnicodeScalarView(String(value).unicodeScalars.map { chineseDigits[Int($0.value) - 0x30] }))
    }

    private static func cycle(_ value: Int, _ symbols: [Unicode.Scalar]) -> String {
        guard value > 0 else { return String(value) }
        return String(symbols[(value - 1) % symbols.count])
    }

    private static func fullWidth(_ value: Int) -> String {
        String(scalars: String(value).unicodeScalars.map { Unicode.Scalar($0.value + 0xFEE0)! })
    }

    private static func roman(_ value: Int) -> String {
        guard value > 0, value < 4000 else { return String(value) }
        let table: [(Int, String)] = [
            (1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"), (50, "L"), (40, "XL"),
            (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I"),
        ]
        var rest = value
        var out = ""
        for (amount, symbol) in table {
            while rest >= amount {
                out += symbol
                rest -= amount
            }
        }
        return out
    }

    /// A … Z, AA … ZZ: Word repeats the letter (a few times; beyond that the number is damage).
    private static func letters(_ value: Int) -> String {
        guard value > 0, value <= 26 * 10 else { return String(value) }
        let letter = Unicode.Scalar(UInt32(65 + (value - 1) % 26))!
        return String(repeating: String(letter), count: (value - 1) / 26 + 1)
    }
}
