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

    static let slotCount = 5
}
