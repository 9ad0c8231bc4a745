/// JSON string escaping at the byte and scalar level, for `JSONWriter`. Only `"`, `\` and control characters
/// are escaped (slashes and non-ASCII text stay as they are, as `JSONEncoder` with `.withoutEscapingSlashes`
/// writes them).
enum JSONEscaping {
    /// Whether a byte (or a scalar below 0x80) must be escaped.
    @inline(__always) static func needsEscape(_ value: UInt32) -> Bool {
        value < 0x20 || value == 0x22 || value == 0x5C
    }

    /// The index of the first byte at or after `start` that must be escaped, or `bytes.count`. Checks eight
    /// bytes per step: a multi-megabyte replacement text is almost all plain runs.
    static func firstEscape(in bytes: UnsafeBufferPointer<UInt8>, from start: Int) -> Int {
        var i = start
        if let base = bytes.baseAddress {
            let raw = UnsafeRawPointer(base)
            while i + 8 <= bytes.count {
                let word = UInt64(littleEndian: raw.loadUnaligned(fromByteOffset: i, as: UInt64.self))
                if hasLess(than: 0x20, word) || hasByte(0x22, word) || hasByte(0x5C, word) { break }
                i += 8
            }
        }
        while i < bytes.count, !needsEscape(UInt32(bytes[i])) { i += 1 }
        return i
    }

    private static let ones: UInt64 = 0x0101_0101_0101_0101
    private static let highBits: UInt64 = 0x8080_8080_8080_8080

    /// Whether any byte of `word` is below `limit` (≤ 0x80); exact as a yes/no answer.
    @inline(__always) private static func hasLess(than limit: UInt64, _ word: UInt64) -> Bool {
        (word &- ones &* limit) & ~word & highBits != 0
    }

    @inline(__always) private static func hasByte(_ byte: UInt64, _ word: UInt64) -> Bool {
        hasLess(than: 1, word ^ (ones &* byte))
    }

    /// The letter after `\` for the escapes JSON spells with one letter.
    @inline(__always) static func shortEscape(_ byte: UInt8) -> UInt8? {
        switch byte {
        case 0x22, 0x5C: byte
        case 0x0A: UInt8(ascii: "n")
        case 0x0D: UInt8(ascii: "r")
        case 0x09: UInt8(ascii: "t")
        case 0x08: UInt8(ascii: "b")
        case 0x0C: UInt8(ascii: "f")
        default: nil
        }
    }

    /// Writes `scalar` as it appears inside a JSON string at `buffer[at...]`; returns the index after it.
    /// The buffer must have room for six bytes at `at` (the longest escape): a three-byte sequence — nearly
    /// all of a Chinese text — is then stored as one four-byte word whose last byte the next write covers.
    @inline(__always) static func write(
        _ scalar: Unicode.Scalar, into buffer: UnsafeMutableBufferPointer<UInt8>, at i: Int
    )
        -> Int
    {
        let value = scalar.value
        let base = buffer.baseAddress.unsafelyUnwrapped
        if value < 0x80 {
            guard needsEscape(value) else {
                base[i] = UInt8(truncatingIfNeeded: value)
                return i &+ 1
            }
            return writeEscape(UInt8(truncatingIfNeeded: value), into: buffer, at: i)
        } else if value < 0x800 {
            base[i] = UInt8(truncatingIfNeeded: 0xC0 | value >> 6)
            base[i &+ 1] = UInt8(truncatingIfNeeded: 0x80 | value & 0x3F)
            return i &+ 2
        } else if value < 0x1_0000 {
            writeThreeBytes(value, at: base + i)
            return i &+ 3
        }
        base[i] = UInt8(truncatingIfNeeded: 0xF0 | value >> 18)
        base[i &+ 1] = UInt8(truncatingIfNeeded: 0x80 | value >> 12 & 0x3F)
        base[i &+ 2] = UInt8(truncatingIfNeeded: 0x80 | value >> 6 & 0x3F)
        base[i &+ 3] = UInt8(truncatingIfNeeded: 0x80 | value & 0x3F)
        return i &+ 4
    }

    /// The UTF-8 of a scalar in 0x800..<0x10000, stored as one four-byte word whose last byte the next write
    /// covers: the room must have four bytes at `at`.
    @inline(__always) static func writeThreeBytes(_ value: UInt32, at: UnsafeMutablePointer<UInt8>) {
        let word = (0xE0 | value >> 12) | (0x80 | value >> 6 & 0x3F) << 8 | (0x80 | value & 0x3F) << 16
        UnsafeMutableRawPointer(at).storeBytes(of: UInt32(littleEndian: word), as: UInt32.self)
    }

    /// Writes the escape of a byte that needs one; returns the index after it.
    static func writeEscape(_ byte: UInt8, into buffer: UnsafeMutableBufferPointer<UInt8>, at i: Int) -> Int {
        buffer[i] = UInt8(ascii: "\\")
        if let letter = shortEscape(byte) {
            buffer[i + 1] = letter
            return i + 2
        }
        let hex: StaticString = "0123456789abcdef"
        buffer[i + 1] = UInt8(ascii: "u")
        buffer[i + 2] = UInt8(ascii: "0")
        buffer[i + 3] = UInt8(ascii: "0")
        buffer[i + 4] = hex.utf8Start[Int(byte >> 4)]
        buffer[i + 5] = hex.utf8Start[Int(byte & 0xF)]
        return i + 6
    }
}
