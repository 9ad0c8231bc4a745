/// Character classes the readers share, decided on single scalars (no `Character` on the hot path).
enum ScalarClass {
    static func isSpace(_ s: Unicode.Scalar) -> Bool {
        s == " " || s == "\t" || s == "\u{3000}" || s == "\u{A0}" || s == "\r" || s == "\u{FEFF}"
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
