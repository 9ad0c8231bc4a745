import QRLintCore

/// Character classes for the writing-norm checks, decided on single scalars (never `Character`).
enum ProseScalar {
    /// CJK unified ideographs (with extension A/B and the compatibility block).
    static func isHan(_ s: Unicode.Scalar) -> Bool {
        switch s.value {
        case 0x4E00...0x9FFF, 0x3400...0x4DBF, 0x20000...0x2A6DF, 0xF900...0xFAFF: true
        default: false
        }
    }

    static func isSpace(_ s: Unicode.Scalar) -> Bool {
        switch s {
        case " ", "\t", "\n", "\r", "\u{3000}", "\u{A0}", "\u{FEFF}": true
        default: false
        }
    }

    /// ASCII or full-width digit value.
    static func digit(_ s: Unicode.Scalar) -> Int? {
        switch s.value {
        case 0x30...0x39: Int(s.value - 0x30)
        case 0xFF10...0xFF19: Int(s.value - 0xFF10)
        default: nil
        }
    }

    static func isDigit(_ s: Unicode.Scalar) -> Bool { digit(s) != nil }

    /// A scalar other than a digit that is a sign: not Chinese, not white space, not a Latin letter but X x Ｘ ｘ
    /// (placeholders). The prose scan reads it from `ProseScalarKinds`.
    static func isSign(_ s: Unicode.Scalar) -> Bool {
        if isHan(s) || isSpace(s) { return false }
        guard isLatinLetter(s) else { return true }
        return s == "X" || s == "x" || s == "Ｘ" || s == "ｘ"
    }

    /// ASCII or full-width Latin letter.
    static func isLatinLetter(_ s: Unicode.Scalar) -> Bool {
        switch s.value {
        case 0x41...0x5A, 0x61...0x7A, 0xFF21...0xFF3A, 0xFF41...0xFF5A: true
        default: false
        }
    }

    /// Full-width punctuation of Chinese text (GB/T 15834), which may stand next to Chinese characters.
    static func isChinesePunctuation(_ s: Unicode.Scalar) -> Bool {
        switch s {
        case "，", "。", "、", "；", "：", "？", "！", "“", "”", "‘", "’", "（", "）", "《", "》", "〈", "〉", "【", "】",
            "〔", "〕", "「", "」", "『", "』", "…", "—", "～", "·":
            true
        default: false
        }
    }

    /// Opening full-width marks: text after them starts a quotation, a title or an aside.
    static func isChineseOpening(_ s: Unicode.Scalar) -> Bool {
        switch s {
        case "“", "‘", "（", "《", "〈", "【", "〔", "「", "『": true
        default: false
        }
    }

    /// Marks that end a sentence or clause.
    static func isSentenceEnd(_ s: Unicode.Scalar) -> Bool {
        switch s {
        case "。", "！", "？", "；", "!", "?", ";", "…": true
        default: false
        }
    }

    /// Marks that end a clause, for "the clause around a phrase".
    static func isClauseEnd(_ s: Unicode.Scalar) -> Bool {
        switch s {
        case "，", "。", "！", "？", "；", "：", "!", "?", ";", ",", "\n": true
        default: false
        }
    }

    /// 〇 零 一 … 九 → 0 … 9. 两 is left out: dates, years written in numerals and list markers never use it.
    static func chineseDigit(_ s: Unicode.Scalar) -> Int? { s == "两" ? nil : ChineseDigit.value(of: s) }

    /// Full-width ASCII folded to ASCII and upper case to lower case, for matching word lists.
    /// Asked for every scalar of the text (the phrase matcher's first test): a changed scalar is always ASCII,
    /// so it is made from a byte, without the checks of a scalar made from any value.
    static func folded(_ s: Unicode.Scalar) -> Unicode.Scalar {
        var value = s.value
        if (0xFF01...0xFF5E).contains(value) { value -= 0xFEE0 }
        if (0x41...0x5A).contains(value) { value += 0x20 }
        return value == s.value ? s : Unicode.Scalar(UInt8(truncatingIfNeeded: value))
    }

    /// Quotes and spaces a word-list phrase may have inside it in a real text (“十四五”规划, 十九 大).
    static func isIgnorableInPhrase(_ s: Unicode.Scalar) -> Bool {
        // Asked after most phrase starts, of digits and ideographs: two comparisons tell nearly all of them.
        if s.value >= 0x4E00 { return s == "\u{FEFF}" }
        if (0x30...0x2017).contains(s.value) { return s == "\u{A0}" }
        switch s {
        case "“", "”", "‘", "’", "\"", "'", "「", "」", "『", "』": return true
        default: return isSpace(s)
        }
    }
}
