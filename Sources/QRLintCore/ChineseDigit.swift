/// The digits of Chinese numerals, shared by the heading-number parser, the number engine and the
/// writing-norm rules.
public enum ChineseDigit {
    /// 〇/零 → 0, 一 … 九 → 1 … 9, and 两 → 2 (两 counts things: 两所, 两项); nil for anything else.
    @inlinable public static func value(of s: Unicode.Scalar) -> Int? {
        switch s {
        case "〇", "零": 0
        case "一": 1
        case "二", "两": 2
        case "三": 3
        case "四": 4
        case "五": 5
        case "六": 6
        case "七": 7
        case "八": 8
        case "九": 9
        default: nil
        }
    }
}
