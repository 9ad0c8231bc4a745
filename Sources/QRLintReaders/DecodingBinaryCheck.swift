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
        firstBinaryOffset(bytes[start...].lazy.map(UInt32.init), byteOffset: { start + $0 })
    }

    /// Checks decoded UTF-16 text; offsets count the BOM and two bytes per unit (four for a surrogate pair).
    static func firstBinaryOffset(_ scalars: [Unicode.Scalar], utf16From start: Int) -> Int? {
        guard let index = firstBinaryOffset(scalars.lazy.map(\.value), byteOffset: { $0 }) else { return nil }
        var offset = start
        for scalar in scalars[..<index] { offset += scalar.value > 0xFFFF ? 4 : 2 }
        return offset
    }
}
