extension String {
    /// The string of these scalars, encoded straight into UTF-8: appending scalars to a
    /// `String.UnicodeScalarView` takes a slow path per scalar, and qrlint turns scalars into strings in
    /// every rule.
    @inlinable public init<C: Collection>(scalars: C) where C.Element == Unicode.Scalar {
        self.init(unsafeUninitializedCapacity: ScalarUTF8.length(of: scalars)) { buffer in
            ScalarUTF8.write(scalars, into: buffer, at: 0)
        }
    }
}

/// UTF-8 encoding of scalars by hand, for building strings in one allocation (iterating each scalar's `utf8`
/// view cost more than the encoding).
public enum ScalarUTF8 {
    /// The number of UTF-8 bytes of the scalars.
    @inlinable public static func length<C: Collection>(of scalars: C) -> Int where C.Element == Unicode.Scalar {
        var length = 0
        for scalar in scalars {
            let value = scalar.value
            length += value < 0x80 ? 1 : value < 0x800 ? 2 : value < 0x1_0000 ? 3 : 4
        }
        return length
    }

    /// Writes the scalars' UTF-8 at `buffer[at...]`, which must have room; returns the index after them.
    @inlinable public static func write<C: Collection>(
        _ scalars: C, into buffer: UnsafeMutableBufferPointer<UInt8>, at start: Int
    ) -> Int where C.Element == Unicode.Scalar {
        var i = start
        for scalar in scalars {
            let value = scalar.value
            if value < 0x80 {
                buffer[i] = UInt8(value)
                i += 1
            } else if value < 0x800 {
                buffer[i] = UInt8(0xC0 | value >> 6)
                buffer[i + 1] = UInt8(0x80 | value & 0x3F)
                i += 2
            } else if value < 0x1_0000 {
                buffer[i] = UInt8(0xE0 | value >> 12)
                buffer[i + 1] = UInt8(0x80 | value >> 6 & 0x3F)
                buffer[i + 2] = UInt8(0x80 | value & 0x3F)
                i += 3
            } else {
                buffer[i] = UInt8(0xF0 | value >> 18)
                buffer[i + 1] = UInt8(0x80 | value >> 12 & 0x3F)
                buffer[i + 2] = UInt8(0x80 | value >> 6 & 0x3F)
                buffer[i + 3] = UInt8(0x80 | value & 0x3F)
                i += 4
            }
        }
        return i
    }
}

extension [UInt8] {
    /// Appends the UTF-8 encoding of the scalars (for building a long text from many pieces).
    @inlinable public mutating func appendUTF8<C: Collection>(of scalars: C) where C.Element == Unicode.Scalar {
        for scalar in scalars {
            let value = scalar.value
            if value < 0x80 {
                append(UInt8(value))
            } else if value < 0x800 {
                append(UInt8(0xC0 | value >> 6))
                append(UInt8(0x80 | value & 0x3F))
            } else if value < 0x1_0000 {
                append(UInt8(0xE0 | value >> 12))
                append(UInt8(0x80 | value >> 6 & 0x3F))
                append(UInt8(0x80 | value & 0x3F))
            } else {
                append(UInt8(0xF0 | value >> 18))
                append(UInt8(0x80 | value >> 12 & 0x3F))
                append(UInt8(0x80 | value >> 6 & 0x3F))
                append(UInt8(0x80 | value & 0x3F))
            }
        }
    }
}
