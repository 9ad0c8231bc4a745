/// Tells binary files from text before any decoding is tried: GB18030 maps almost every byte sequence to
/// some character, so without this check an image or an archive would "decode" into nonsense.
enum DecodingBinaryCheck {
    /// The first byte that marks the input as binary: a NUL, or the first control character when control
    /// characters (other than tab, line feed, form feed, carriage return) make up more than 1/20 of it.
    static func firstBinaryOffset(_ values: some Sequence<UInt32>, byteOffset: (Int) -> Int) -> Int? {
        var count = 0
        var controls = 0
        var firstControl: Int?
        for value in values {
            defer { count += 1 }
            guard value < 0x20 else { continue }
            switch value {
            case 0x00:
                return byteOffset(count)
            case 0x09, 0x0A, 0x0C, 0x0D:
                continue
            default:
                controls += 1
                if firstControl == nil { firstControl = count }
            }
        }
        guard let firstControl, controls * 20 > count else { return nil }
        return byteOffset(firstControl)
    }

    /// Checks raw bytes from `start` (text that is not UTF-16: any NUL byte is binary).
    static func firstBinaryOffset(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int) -> Int? {
        guard hasSuspectByte(bytes, from: start) else { return nil }
        return firstBinaryOffset(bytes[start...].lazy.map(UInt32.init), byteOffset: { start + $0 })
    }

    /// Whether any byte from `start` is a NUL or a control character other than tab, line feed, form feed
    /// and carriage return. Text has none, and this answers eight bytes at a time, where the full count
    /// above costs eight instructions a byte.
    private static func hasSuspectByte(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int) -> Bool {
        let raw = UnsafeRawBufferPointer(bytes)
        var i = start
        while i + 8 <= raw.count {
            let word = raw.loadUnaligned(fromByteOffset: i, as: UInt64.self)
            // Some byte of the word is below 0x20 exactly when a high bit survives (the "has less" test).
            if (word &- 0x2020_2020_2020_2020) & ~word & 0x8080_8080_8080_8080 != 0 {
                for k in i..<(i + 8) where isSuspect(bytes[k]) { return true }
            }
            i += 8
        }
        for k in i..<raw.count where isSuspect(bytes[k]) { return true }
        return false
    }

    private static func isSuspect(_ byte: UInt8) -> Bool {
        byte < 0x20 && byte != 0x09 && byte != 0x0A && byte != 0x0C && byte != 0x0D
    }

    /// Checks decoded UTF-16 text; offsets count the BOM and two bytes per unit (four for a surrogate pair).
    static func firstBinaryOffset(_ scalars: [Unicode.Scalar], utf16From start: Int) -> Int? {
        guard let index = firstBinaryOffset(scalars.lazy.map(\.value), byteOffset: { $0 }) else { return nil }
        var offset = start
        for scalar in scalars[..<index] { offset += scalar.value > 0xFFFF ? 4 : 2 }
        return offset
    }
}
