import QRLintCore

/// Character classes the number scanner decides on single scalars (never `Character`).
enum NumberScalars {
    /// ASCII or full-width digit value.
    @inline(__always)
    static func digit(_ s: Unicode.Scalar) -> Int? {
        switch s.value {
        case 0x30...0x39: Int(s.value - 0x30)
        case 0xFF10...0xFF19: Int(s.value - 0xFF10)
        default: nil
        }
    }

    @inline(__always)
    static func isDigit(_ s: Unicode.Scalar) -> Bool {
        (0x30...0x39).contains(s.value) || (0xFF10...0xFF19).contains(s.value)
    }

    /// A Chinese digit (两 and 〇 included).
    static func chineseDigit(_ s: Unicode.Scalar) -> Int? { ChineseDigit.value(of: s) }

    /// 十 百 千 as multipliers inside a Chinese numeral.
    static func chineseSmallUnit(_ s: Unicode.Scalar) -> Int? {
        switch s {
        case "十": 10
        case "百": 100
        case "千": 1000
        default: nil
        }
    }

    static func isChineseNumeral(_ s: Unicode.Scalar) -> Bool {
        chineseDigit(s) != nil || chineseSmallUnit(s) != nil || s == "万" || s == "亿"
    }

    static func isHan(_ s: Unicode.Scalar) -> Bool {
        switch s.value {
        case 0x4E00...0x9FFF, 0x3400...0x4DBF, 0x20000...0x2A6DF, 0xF900...0xFAFF: true
        default: false
        }
    }

    static func isLatinLetter(_ s: Unicode.Scalar) -> Bool {
        switch s.value {
        case 0x41...0x5A, 0x61...0x7A, 0xFF21...0xFF3A, 0xFF41...0xFF5A: true
        default: false
        }
    }

    static func isSpace(_ s: Unicode.Scalar) -> Bool {
        s == " " || s == "\t" || s == "\u{3000}" || s == "\u{A0}" || s == "\n" || s == "\r"
    }

    /// Ends a sentence: the scope of a "其中" or a year.
    static func endsSentence(_ s: Unicode.Scalar) -> Bool {
        switch s {
        case "。", "！", "？", "!", "?", "\n": true
        default: false
        }
    }

    /// The scalars `endsClause` holds for, as bits: a label is found by walking back to one of them.
    static let clauseEnds = ScalarBitSet(
        "，、；：,;:。！？!?\n（）()【】《》—…|/\t".unicodeScalars.map(\.value))

    /// Ends a clause: where the noun phrase in front of a number begins.
    static func endsClause(_ s: Unicode.Scalar) -> Bool {
        switch s {
        case "，", "、", "；", "：", ",", ";", ":", "。", "！", "？", "!", "?", "\n", "（", "）", "(", ")", "【", "】",
            "《", "》", "—", "…", "|", "/", "\t":
            true
        default: false
        }
    }

    /// A range mark between two numbers: "3～5人", "21-30岁".
    static func isRangeMark(_ s: Unicode.Scalar) -> Bool {
        switch s {
        case "～", "~", "-", "－", "—", "–", "至", "〜": true
        default: false
        }
    }

    static func isOpeningQuote(_ s: Unicode.Scalar) -> Bool { s == "“" || s == "\"" || s == "‘" || s == "「" }
    static func isClosingQuote(_ s: Unicode.Scalar) -> Bool { s == "”" || s == "\"" || s == "’" || s == "」" }
}
