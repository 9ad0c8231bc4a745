/// Strict UTF-8 (RFC 3629): decodes and validates in one linear pass over the bytes.
///
/// Overlong forms, surrogates, code points above U+10FFFF and truncated sequences are rejected, so a
/// GBK file is never mistaken for UTF-8 by a lenient decoder that would fill it with U+FFFD.
enum DecodingUTF8 {
    enum Outcome {
        case scalars([Unicode.Scalar])
        /// Byte offset of the lead byte of the first invalid sequence.
        case invalid(offset: Int)
    }

    static func decode(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int) -> Outcome {
        let count = bytes.count
        var invalidOffset: Int?
        // Written straight into the array's storage: `append` checks capacity and uniqueness per scalar,
        // which was a third of the decoding cost. No text has more scalars than bytes.
        let scalars = [Unicode.Scalar](unsafeUninitializedCapacity: max(0, count - start)) { buffer, written in
            var i = start
            var n = 0
            defer { written = n }
            while i < count {
                let lead = bytes[i]
                if lead < 0x80 {
                    buffer[n] = Unicode.Scalar(lead)
                    n += 1
                    i += 1
                    continue
                }
                guard let (value, length) = multibyte(bytes, at: i, lead: lead), let scalar = Unicode.Scalar(value)
                else {
                    invalidOffset = i
                    return
                }
                buffer[n] = scalar
                n += 1
                i += length
            }
        }
        if let invalidOffset { return .invalid(offset: invalidOffset) }
        return .scalars(scalars)
    }

    /// The value and length of the sequence of two to four bytes at `i`, or nil when it is malformed.
    @inline(__always)
    private static func multibyte(_ bytes: UnsafeBufferPointer<UInt8>, at i: Int, lead: UInt8) -> (UInt32, Int)? {
        // The allowed range of the second byte narrows for E0, ED, F0, F4 (overlongs, surrogates, > U+10FFFF).
        var trailing = 0
        var value = UInt32(0)
        var secondLow: UInt8 = 0x80
        var secondHigh: UInt8 = 0xBF
        switch lead {
        case 0xC2...0xDF:
            trailing = 1
            value = UInt32(lead & 0x1F)
        case 0xE0...0xEF:
            trailing = 2
            value = UInt32(lead & 0x0F)
            if lead == 0xE0 { secondLow = 0xA0 }
            if lead == 0xED { secondHigh = 0x9F }
        case 0xF0...0xF4:
            trailing = 3
            value = UInt32(lead & 0x07)
            if lead == 0xF0 { secondLow = 0x90 }
            if lead == 0xF4 { secondHigh = 0x8F }
        default:
            return nil
        }
        guard i + trailing < bytes.count else { return nil }
        let second = bytes[i + 1]
        guard second >= secondLow, second <= secondHigh else { return nil }
        value = value << 6 | UInt32(second & 0x3F)
        var k = 2
        while k <= trailing {
            let next = bytes[i + k]
            guard next & 0xC0 == 0x80 else { return nil }
            value = value << 6 | UInt32(next & 0x3F)
            k += 1
        }
        return (value, trailing + 1)
    }
}
