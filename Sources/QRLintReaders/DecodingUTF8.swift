import QRLintCore

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
        decodeNotingControls(bytes, from: start).outcome
    }

    /// Decodes, and tells whether the decoded part holds a NUL or a control character other than tab, line
    /// feed, form feed and carriage return: the binary check needs to look again only then, and the decoder
    /// sees every byte anyway. In valid UTF-8 such a byte is always a scalar of its own.
    ///
    /// `lineStarts` is where each line of the decoded text starts, as `SourceText` finds them (0, and one
    /// past each line feed): a line feed is always an ASCII scalar of its own, so the decoder notes it where
    /// it already looks at the bytes below 0x20, and `SourceText` need not scan the scalars again. Empty
    /// for an invalid text.
    static func decodeNotingControls(
        _ bytes: UnsafeBufferPointer<UInt8>, from start: Int
    ) -> (outcome: Outcome, sawControl: Bool, lineStarts: [Int]) {
        let count = bytes.count
        guard start < count, let source = bytes.baseAddress else { return (.scalars([]), false, [0]) }
        var invalidOffset = -1
        var sawControl = false
        // A report line is rarely shorter than 24 bytes: the buffer seldom grows.
        var starts = SourceText.LineStartBuffer(capacity: (count - start) / 24)
        // Written straight into the array's storage: `append` checks capacity and uniqueness per scalar,
        // which was a third of the decoding cost. No text has more scalars than bytes.
        let scalars = [Unicode.Scalar](unsafeUninitializedCapacity: count - start) { buffer, written in
            (written, invalidOffset, sawControl) = buffer.baseAddress!.withMemoryRebound(
                to: UInt32.self, capacity: buffer.count
            ) {
                decode(source, from: start, count: count, into: $0, lineStarts: &starts)
            }
        }
        if invalidOffset >= 0 { return (.invalid(offset: invalidOffset), sawControl, []) }
        return (.scalars(scalars), sawControl, starts.take())
    }

    /// Decodes `source[start..<count]` into `target` (scalar values, which is how `Unicode.Scalar` is
    /// laid out); returns how many were written, the offset of the first invalid sequence (-1 if none) and
    /// whether a control character other than tab, line feed, form feed and carriage return came before;
    /// notes in `lineStarts` the offset after each line feed. Plain pointers and local state, so that the
    /// loop keeps everything in registers (the line starts are written only in calls out of the loop).
    private static func decode(
        _ source: UnsafePointer<UInt8>, from start: Int, count: Int, into target: UnsafeMutablePointer<UInt32>,
        lineStarts: inout SourceText.LineStartBuffer
    ) -> (written: Int, invalidOffset: Int, sawControl: Bool) {
        var i = start
        var n = 0
        var sawControl = false
        while i < count {
            let lead = source[i]
            if lead < 0x80 {
                // ASCII comes in short runs (numbers, spaces, line breaks, Markdown marks: five bytes on
                // average): while eight bytes are left, a run of up to eight is taken in one step from one
                // word (a byte at a time, a byte cost 15 instructions). All eight are written: no text has
                // more scalars than bytes, so with eight bytes left eight scalars fit, and the ones past the
                // run are written over next.
                if i &+ 8 <= count {
                    let w = pairWord(source, at: i)
                    let high = w & 0x8080_8080_8080_8080
                    let length = high == 0 ? 8 : high.trailingZeroBitCount &>> 3
                    storeWidened(w, at: target + n)
                    // Bytes below 0x20 (line breaks, mostly) are looked at one by one; the run's bytes only.
                    let run = (high & (0 &- high)) &- 1
                    let below = (w &- 0x2020_2020_2020_2020) & ~w & 0x8080_8080_8080_8080 & run
                    if below != 0, noteControls(w, below, at: n, &lineStarts) { sawControl = true }
                    n &+= length
                    i &+= length
                    continue
                }
                repeat {
                    let byte = source[i]
                    guard byte < 0x80 else { break }
                    if byte < 0x20, noteControls(UInt64(byte), 0x80, at: n, &lineStarts) { sawControl = true }
                    target[n] = UInt32(byte)
                    n &+= 1
                    i &+= 1
                } while i < count
                continue
            }
            // Most scalars of a report are Chinese, in runs: while four bytes are left, each one is tested
            // and assembled from one little-endian word, in a loop of its own (testing the bytes one by one
            // in the main loop took over 30 instructions a scalar, one at a time 20, four at a time 14).
            if i &+ 4 <= count, isPlainThreeByte(word(source, at: i)) {
                // Four scalars a step while fourteen bytes are left: two loads, one test of the marker bits
                // and one of the four lead bytes, and each pair assembled and stored as one word.
                while i &+ 14 <= count {
                    let a = pairWord(source, at: i)
                    let b = pairWord(source, at: i &+ 6)
                    guard isPlainThreeByteQuad(a, b) else { break }
                    UnsafeMutableRawPointer(target + n).storeBytes(of: pairValues(a).littleEndian, as: UInt64.self)
                    UnsafeMutableRawPointer(target + (n &+ 2)).storeBytes(
                        of: pairValues(b).littleEndian, as: UInt64.self)
                    n &+= 4
                    i &+= 12
                }
                // Two scalars a step while eight bytes are left: one load and one test for six bytes.
                while i &+ 8 <= count {
                    let w = pairWord(source, at: i)
                    guard isPlainThreeBytePair(w) else { break }
                    UnsafeMutableRawPointer(target + n).storeBytes(of: pairValues(w).littleEndian, as: UInt64.self)
                    n &+= 2
                    i &+= 6
                }
                repeat {
                    let w = word(source, at: i)
                    guard isPlainThreeByte(w) else { break }
                    target[n] = threeByteValue(w)
                    n &+= 1
                    i &+= 3
                } while i &+ 4 <= count
                continue
            }
            // The same sequences at the end of the input, with fewer than four bytes left: a lead of E1…EC or
            // EE…EF, where any two continuation bytes are valid. Only E0 and ED narrow the second byte's range.
            if lead &- 0xE1 < 0x0F, lead != 0xED, i &+ 2 < count {
                let second = source[i &+ 1]
                let third = source[i &+ 2]
                // Both are continuation bytes (10xxxxxx) exactly when both XORed with 0x80 are below 0x40.
                guard (second ^ 0x80) | (third ^ 0x80) < 0x40 else { return (n, i, sawControl) }
                target[n] = UInt32(lead & 0x0F) << 12 | UInt32(second & 0x3F) << 6 | UInt32(third & 0x3F)
                n &+= 1
                i &+= 3
                continue
            }
            guard let (value, length) = multibyte(UnsafeBufferPointer(start: source, count: count), at: i, lead: lead)
            else { return (n, i, sawControl) }
            target[n] = value
            n &+= 1
            i &+= length
        }
        return (n, -1, sawControl)
    }

    /// The eight bytes of `w` (the first lowest) as eight scalar values at `p`.
    @inline(__always)
    private static func storeWidened(_ w: UInt64, at p: UnsafeMutablePointer<UInt32>) {
        let bytes = unsafeBitCast(w.littleEndian, to: SIMD8<UInt8>.self)
        UnsafeMutableRawPointer(p).storeBytes(of: SIMD8<UInt32>(truncatingIfNeeded: bytes), as: SIMD8<UInt32>.self)
    }

    /// Whether one of the bytes of `w` whose top bit is set in `flagged` is a control character other than
    /// tab, line feed, form feed and carriage return; notes the line start after each line feed among them
    /// (the bytes of `w` are the scalars from offset `n` on). `flagged` holds every byte below 0x20 and maybe
    /// some others (a borrow of the test that found them), which are checked too and pass. Out of line: the
    /// decoding loop calls it about once a line, and the line table kept in it crowded the loop's registers.
    @inline(never)
    private static func noteControls(
        _ w: UInt64, _ flagged: UInt64, at n: Int, _ lineStarts: inout SourceText.LineStartBuffer
    ) -> Bool {
        var bits = flagged
        var forbidden = false
        while bits != 0 {
            let shift = bits.trailingZeroBitCount &- 7
            let byte = w &>> UInt64(shift) & 0xFF
            if byte == 0x0A {
                lineStarts.append(n &+ shift &>> 3 &+ 1)
            } else if byte < 0x20, isForbiddenControl(byte) {
                forbidden = true
            }
            bits &= bits &- 1
        }
        return forbidden
    }

    /// Whether `byte`, below 0x20, is neither tab, line feed, form feed nor carriage return (bits 9, 10,
    /// 12 and 13 of 0x3600).
    @inline(__always)
    private static func isForbiddenControl(_ byte: UInt64) -> Bool {
        (0x3600 as UInt64) &>> byte & 1 == 0
    }

    /// The four bytes at `i` as a little-endian word (the first byte lowest).
    @inline(__always)
    private static func word(_ source: UnsafePointer<UInt8>, at i: Int) -> UInt32 {
        UInt32(littleEndian: UnsafeRawPointer(source + i).loadUnaligned(as: UInt32.self))
    }

    /// The eight bytes at `i` as a little-endian word (the first byte lowest).
    @inline(__always)
    private static func pairWord(_ source: UnsafePointer<UInt8>, at i: Int) -> UInt64 {
        UInt64(littleEndian: UnsafeRawPointer(source + i).loadUnaligned(as: UInt64.self))
    }

    /// Whether the low six bytes of the word are two sequences `isPlainThreeByte` accepts.
    @inline(__always)
    private static func isPlainThreeBytePair(_ word: UInt64) -> Bool {
        word & 0x0000_C0C0_F0C0_C0F0 == 0x0000_8080_E080_80E0
            && (0xDFFE as UInt64) &>> (word & 0x0F) & (0xDFFE as UInt64) &>> (word &>> 24 & 0x0F) & 1 != 0
    }

    /// Whether the low six bytes of both words are two sequences `isPlainThreeByte` accepts. The lead
    /// bytes' low nibbles (bits 0–3 and 24–27 of each word) are gathered into one word and tested all at
    /// once: adding 0xF to a nibble carries into the bit above it exactly when the nibble is not 0, so
    /// both the nibble and the nibble XOR 0xD must carry (E0 and ED narrow the second byte's range and
    /// take the slow path).
    @inline(__always)
    private static func isPlainThreeByteQuad(_ a: UInt64, _ b: UInt64) -> Bool {
        let markers: UInt64 = 0x0000_C0C0_F0C0_C0F0
        let expected: UInt64 = 0x0000_8080_E080_80E0
        guard ((a & markers) ^ expected) | ((b & markers) ^ expected) == 0 else { return false }
        let leads: UInt64 = 0x0F00_000F
        let nibbles = (a & leads) | ((b & leads) &<< 32)
        let fifteens: UInt64 = 0x0F00_000F_0F00_000F
        let carries: UInt64 = 0x1000_0010_1000_0010
        return (nibbles &+ fifteens) & ((nibbles ^ 0x0D00_000D_0D00_000D) &+ fifteens) & carries == carries
    }

    /// The scalar values of the two three-byte sequences in the low six bytes of `w` (checked by
    /// `isPlainThreeBytePair`), the first in the low half: the second sequence is moved up a byte, so
    /// that each sits in its own half, and both are assembled by the same three masks.
    @inline(__always)
    private static func pairValues(_ w: UInt64) -> UInt64 {
        let t = (w & 0xFF_FFFF) | ((w & 0xFFFF_FF00_0000) &<< 8)
        return ((t & 0x0000_000F_0000_000F) &<< 12) | ((t &>> 2) & 0x0000_0FC0_0000_0FC0)
            | ((t &>> 16) & 0x0000_003F_0000_003F)
    }

    /// The scalar value of the three-byte sequence in the low bytes of `w` (lead byte lowest).
    @inline(__always)
    private static func threeByteValue(_ w: UInt32) -> UInt32 {
        (w & 0x0F) << 12 | (w >> 2) & 0x0FC0 | (w >> 16) & 0x3F
    }

    /// Whether the word starts with 1110xxxx 10xxxxxx 10xxxxxx and a lead of E1…EC, EE or EF (bits 1–12,
    /// 14 and 15 of 0xDFFE): the three-byte sequences where any two continuation bytes are valid.
    @inline(__always)
    private static func isPlainThreeByte(_ word: UInt32) -> Bool {
        word & 0x00C0_C0F0 == 0x0080_80E0 && (0xDFFE as UInt32) &>> (word & 0x0F) & 1 != 0
    }

    /// The value and length of the sequence of two to four bytes at `i`, or nil when it is malformed.
    /// One case per length, without a loop over the trailing bytes.
    @inline(__always)
    private static func multibyte(_ bytes: UnsafeBufferPointer<UInt8>, at i: Int, lead: UInt8) -> (UInt32, Int)? {
        let count = bytes.count
        func trail(_ byte: UInt8) -> Bool { byte & 0xC0 == 0x80 }
        // The allowed range of the second byte narrows for E0, ED, F0, F4 (overlongs, surrogates, > U+10FFFF).
        switch lead {
        case 0xC2...0xDF:
            guard i + 1 < count, trail(bytes[i + 1]) else { return nil }
            return (UInt32(lead & 0x1F) << 6 | UInt32(bytes[i + 1] & 0x3F), 2)
        case 0xE0...0xEF:
            guard i + 2 < count else { return nil }
            let second = bytes[i + 1]
            let low: UInt8 = lead == 0xE0 ? 0xA0 : 0x80
            let high: UInt8 = lead == 0xED ? 0x9F : 0xBF
            guard second >= low, second <= high, trail(bytes[i + 2]) else { return nil }
            let value = UInt32(lead & 0x0F) << 12 | UInt32(second & 0x3F) << 6 | UInt32(bytes[i + 2] & 0x3F)
            return (value, 3)
        case 0xF0...0xF4:
            guard i + 3 < count else { return nil }
            let second = bytes[i + 1]
            let low: UInt8 = lead == 0xF0 ? 0x90 : 0x80
            let high: UInt8 = lead == 0xF4 ? 0x8F : 0xBF
            guard second >= low, second <= high, trail(bytes[i + 2]), trail(bytes[i + 3]) else { return nil }
            let value =
                UInt32(lead & 0x07) << 18 | UInt32(second & 0x3F) << 12 | UInt32(bytes[i + 2] & 0x3F) << 6
                | UInt32(bytes[i + 3] & 0x3F)
            return (value, 4)
        default:
            return nil
        }
    }
}
