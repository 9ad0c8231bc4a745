/// UTF-16 after a byte-order mark (what Windows Notepad calls "Unicode").
enum DecodingUTF16 {
    enum Outcome {
        case scalars([Unicode.Scalar])
        /// Byte offset of the first code unit that is not part of a valid scalar (or of a dangling odd byte).
        case invalid(offset: Int)
    }

    static func decode(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int, bigEndian: Bool) -> Outcome {
        let count = bytes.count
        var scalars: [Unicode.Scalar] = []
        scalars.reserveCapacity((count - start) / 2)
        func unit(_ at: Int) -> UInt32 {
            bigEndian
                ? UInt32(bytes[at]) << 8 | UInt32(bytes[at + 1])
                : UInt32(bytes[at + 1]) << 8 | UInt32(bytes[at])
        }
        var i = start
        while i + 1 < count {
            let first = unit(i)
            switch first {
            case 0xD800...0xDBFF:
                guard i + 3 < count else { return .invalid(offset: i) }
                let second = unit(i + 2)
                guard (0xDC00...0xDFFF).contains(second) else { return .invalid(offset: i) }
                let value = 0x10000 + ((first - 0xD800) << 10) + (second - 0xDC00)
                guard let scalar = Unicode.Scalar(value) else { return .invalid(offset: i) }
                scalars.append(scalar)
                i += 4
            case 0xDC00...0xDFFF:
                return .invalid(offset: i)
            default:
                guard let scalar = Unicode.Scalar(first) else { return .invalid(offset: i) }
                scalars.append(scalar)
                i += 2
            }
        }
        if i < count { return .invalid(offset: i) }
        return .scalars(scalars)
    }
}
