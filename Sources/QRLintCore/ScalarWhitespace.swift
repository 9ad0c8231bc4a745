extension Unicode.Scalar {
    /// `properties.isWhitespace` (the Unicode White_Space set) without the property-table lookup, which
    /// showed up in profiles: the set is small and fixed.
    @inlinable public var isUnicodeWhitespace: Bool {
        switch value {
        case 0x09...0x0D, 0x20, 0x85, 0xA0, 0x1680, 0x2000...0x200A, 0x2028, 0x2029, 0x202F, 0x205F, 0x3000: true
        default: false
        }
    }
}
