/// Character classes the readers share, decided on single scalars (no `Character` on the hot path).
enum ScalarClass {
    static func isSpace(_ s: Unicode.Scalar) -> Bool {
        let value = s.value
        // Most scalars are Han or punctuation above U+3000: one comparison answers for them.
        if value > 0x3000 { return value == 0xFEFF }
        return value == 0x20 || value == 0x09 || value == 0x3000 || value == 0xA0 || value == 0x0D
    }

    /// ASCII or full-width digit value.
    static func digitValue(_ s: Unicode.Scalar) -> Int? {
        switch s.value {
        case 0x30...0x39: Int(s.value - 0x30)
        case 0xFF10...0xFF19: Int(s.value - 0xFF10)
        default: nil
        }
    }

    static func isHan(_ s: Unicode.Scalar) -> Bool {
        switch s.value {
        case 0x4E00...0x9FFF, 0x3400...0x4DBF, 0x20000...0x2A6DF, 0xF900...0xFAFF: true
        default: false
        }
    }

    /// Marks that end a sentence or clause: a line ending with one is not continued by the next line.
    static func isTerminal(_ s: Unicode.Scalar) -> Bool {
        switch s {
        case "。", "！", "？", "；", "!", "?", ";", "…": true
        default: false
        }
    }

    static func isOpeningParenthesis(_ s: Unicode.Scalar) -> Bool { s == "（" || s == "(" }
    static func isClosingParenthesis(_ s: Unicode.Scalar) -> Bool { s == "）" || s == ")" }
}
