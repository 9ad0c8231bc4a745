import QRLintCore

extension HeadingNumber.Style {
    /// The style as a small number, for tables indexed by style and packed keys (hashing the raw string
    /// value cost more than the look-ups it served).
    var slot: Int {
        switch self {
        case .arabic: 0
        case .chinese: 1
        case .parenthesizedChinese: 2
        case .parenthesizedArabic: 3
        case .chapter: 4
        }
    }

    /// The style whose `slot` is `slot` (one of `0..<slotCount`).
    init(slot: Int) {
        switch slot {
        case 0: self = .arabic
        case 1: self = .chinese
        case 2: self = .parenthesizedChinese
        case 3: self = .parenthesizedArabic
        default: self = .chapter
        }
    }

    static let slotCount = 5
}
