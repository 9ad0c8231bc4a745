/// How many terminal cells a scalar takes, so underlines line up under Chinese text.
///
/// The standard library has no East-Asian-width property, so this is a small range table after Unicode's
/// EastAsianWidth.txt: Wide (W) and Fullwidth (F) scalars take 2 cells, combining marks and invisible format
/// characters 0, everything else 1. Ambiguous-width scalars (“ ” … ·) count as 1, as in most terminals'
/// default setting. It is an approximation that covers what reports contain: CJK ideographs, kana, hangul,
/// full-width punctuation and forms, and the common emoji blocks.
public enum DisplayWidth {
    /// Cells taken by one scalar. Control characters, tab included, count 0: a tab's width depends on where
    /// it stands, so `SourceLineCells` expands it.
    public static func of(_ scalar: Unicode.Scalar) -> Int {
        let value = scalar.value
        if value < 0x7F { return value < 0x20 ? 0 : 1 }
        if isWide(value) { return 2 }
        if isZeroWidth(scalar) { return 0 }
        return 1
    }

    /// Cells taken by a string, without tab expansion.
    public static func of(_ text: String) -> Int {
        text.unicodeScalars.reduce(0) { $0 + of($1) }
    }

    /// The Wide and Fullwidth ranges, sorted and not overlapping (a binary search depends on it).
    public static let wideRanges: [ClosedRange<UInt32>] = [
        0x1100...0x115F,  // Hangul Jamo leading consonants
        0x231A...0x231B,  // ⌚⌛
        0x2329...0x232A,  // 〈〉 angle brackets
        0x23E9...0x23EC,  // ⏩⏪⏫⏬
        0x23F0...0x23F0,  // ⏰
        0x23F3...0x23F3,  // ⏳
        0x25FD...0x25FE,  // ◽◾
        0x2614...0x2615,  // ☔☕
        0x2648...0x2653,  // ♈…♓ zodiac
        0x267F...0x267F,  // ♿
        0x2693...0x2693,  // ⚓
        0x26A1...0x26A1,  // ⚡
        0x26AA...0x26AB,  // ⚪⚫
        0x26BD...0x26BE,  // ⚽⚾
        0x26C4...0x26C5,  // ⛄⛅
        0x26CE...0x26CE,  // ⛎
        0x26D4...0x26D4,  // ⛔
        0x26EA...0x26EA,  // ⛪
        0x26F2...0x26F3,  // ⛲⛳
        0x26F5...0x26F5,  // ⛵
        0x26FA...0x26FA,  // ⛺
        0x26FD...0x26FD,  // ⛽
        0x2705...0x2705,  // ✅
        0x270A...0x270B,  // ✊✋
        0x2728...0x2728,  // ✨
        0x274C...0x274C,  // ❌
        0x274E...0x274E,  // ❎
        0x2753...0x2755,  // ❓❔❕
        0x2757...0x2757,  // ❗
        0x2795...0x2797,  // ➕➖➗
        0x27B0...0x27B0,  // ➰
        0x27BF...0x27BF,  // ➿
        0x2B1B...0x2B1C,  // ⬛⬜
        0x2B50...0x2B50,  // ⭐
        0x2B55...0x2B55,  // ⭕
        0x2E80...0x303E,  // CJK radicals, Kangxi radicals, CJK symbols and punctuation (、。「」〔〕)
        0x3041...0x33FF,  // kana, bopomofo, Hangul compatibility jamo, enclosed CJK, CJK compatibility
        0x3400...0x4DBF,  // CJK extension A
        0x4E00...0x9FFF,  // CJK unified ideographs
        0xA000...0xA4CF,  // Yi
        0xA960...0xA97F,  // Hangul Jamo extended A
        0xAC00...0xD7A3,  // Hangul syllables
        0xF900...0xFAFF,  // CJK compatibility ideographs
        0xFE10...0xFE19,  // vertical forms
        0xFE30...0xFE6F,  // CJK compatibility forms, small form variants
        0xFF00...0xFF60,  // full-width ASCII forms and punctuation (，：；（）)
        0xFFE0...0xFFE6,  // full-width signs (￥)
        0x16FE0...0x16FE4,  // ideographic symbols
        0x17000...0x18CFF,  // Tangut
        0x1B000...0x1B2FF,  // kana supplement and extensions
        0x1F004...0x1F004,  // 🀄
        0x1F0CF...0x1F0CF,  // 🃏
        0x1F18E...0x1F18E,  // 🆎
        0x1F191...0x1F19A,  // 🆑…🆚
        0x1F200...0x1F2FF,  // enclosed ideographic supplement (🈶)
        0x1F300...0x1F64F,  // pictographs, emoticons
        0x1F680...0x1F6FF,  // transport and map symbols
        0x1F7E0...0x1F7EB,  // coloured circles and squares
        0x1F7F0...0x1F7F0,  // 🟰
        0x1F900...0x1F9FF,  // supplemental symbols and pictographs
        0x1FA70...0x1FAFF,  // symbols and pictographs extended A
        0x20000...0x2FFFD,  // CJK extensions B–F, compatibility supplement
        0x30000...0x3FFFD,  // CJK extensions G–H
    ]

    static func isWide(_ value: UInt32) -> Bool {
        guard value >= 0x1100 else { return false }
        var low = 0
        var high = wideRanges.count - 1
        while low <= high {
            let mid = (low + high) / 2
            let range = wideRanges[mid]
            if value < range.lowerBound {
                high = mid - 1
            } else if value > range.upperBound {
                low = mid + 1
            } else {
                return true
            }
        }
        return false
    }

    /// Combining marks draw on the previous cell; format characters (zero-width space and joiner, BOM,
    /// bidi marks) and C1 controls draw nothing.
    static func isZeroWidth(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.properties.generalCategory {
        case .nonspacingMark, .enclosingMark, .format, .control:
            return true
        default:
            // Hangul medial vowels and final consonants join the leading consonant's cells.
            return (0x1160...0x11FF).contains(scalar.value)
        }
    }
}
