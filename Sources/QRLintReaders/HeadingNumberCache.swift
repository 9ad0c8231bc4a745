import QRLintCore

/// Builds the `HeadingNumber` of a found number, sharing the components array and the text among the
/// headings of one document that write the same number ("1.", "（一）" and "2.1" recur chapter after
/// chapter). Built one by one, each heading allocated an `[Int]` and encoded a `String`; shared, a heading
/// number costs one table look-up and a retain.
struct HeadingNumberCache {
    /// The number as written, up to `Key.maxScalars` scalars, with what `find` read from it.
    private struct Key: Equatable {
        static let maxScalars = 6
        /// Packed components, count, style (see `HeadingNumberParser.Found`) and the text's length (never
        /// 0: an empty slot of the table has 0 here).
        var parsed: UInt64
        /// The scalars of the text, 21 bits each, three to a word.
        var low: UInt64
        var high: UInt64

        static let empty = Key(parsed: 0, low: 0, high: 0)

        /// Fibonacci hashing: the top `bits` bits of the mixed words.
        func slot(bits: Int) -> Int {
            let mixed = (parsed ^ low &* 0xC2B2_AE3D_27D4_EB4F ^ high &* 0x1656_67B1_9E37_79F9) &* 0x9E37_79B9_7F4A_7C15
            return Int(truncatingIfNeeded: mixed &>> UInt64(64 - bits))
        }
    }

    private struct Entry {
        var components: [Int]
        var text: String
    }

    /// An open-addressing table (linear probing) kept at most half full: a `Dictionary` hashed each key
    /// with SipHash, over 300 instructions a look-up, more than building the number.
    private var keys: [Key] = []
    private var entries: [Entry?] = []
    private var bits = 0
    private var count = 0

    init() {}

    /// Equal to `HeadingNumberParser.match(found, scalars, start: start, sourceOffset: sourceOffset).number`.
    mutating func number(
        _ found: HeadingNumberParser.Found, _ scalars: [Unicode.Scalar], start: Int, sourceOffset: Int
    ) -> HeadingNumber {
        let span = Span(start: sourceOffset, end: sourceOffset + (found.numberEnd - start))
        guard let key = Self.key(found, scalars, start: start) else {
            return HeadingNumberParser.match(found, scalars, start: start, sourceOffset: sourceOffset).number
        }
        if 2 * (count + 1) > keys.count { grow() }
        let mask = keys.count - 1
        var slot = key.slot(bits: bits)
        while keys[slot] != .empty {
            if keys[slot] == key, let entry = entries[slot] {
                return HeadingNumber(style: found.style, components: entry.components, text: entry.text, span: span)
            }
            slot = (slot + 1) & mask
        }
        let entry = Entry(components: found.components, text: String(scalars: scalars[start..<found.numberEnd]))
        keys[slot] = key
        entries[slot] = entry
        count += 1
        return HeadingNumber(style: found.style, components: entry.components, text: entry.text, span: span)
    }

    private mutating func grow() {
        let oldKeys = keys
        let oldEntries = entries
        bits = max(6, bits + 1)
        keys = Array(repeating: .empty, count: 1 << bits)
        entries = Array(repeating: nil, count: 1 << bits)
        let mask = keys.count - 1
        for k in oldKeys.indices where oldKeys[k] != .empty {
            var slot = oldKeys[k].slot(bits: bits)
            while keys[slot] != .empty { slot = (slot + 1) & mask }
            keys[slot] = oldKeys[k]
            entries[slot] = oldEntries[k]
        }
    }

    /// nil for a number written with more than `Key.maxScalars` scalars (rare: built without the cache).
    private static func key(_ found: HeadingNumberParser.Found, _ s: [Unicode.Scalar], start: Int) -> Key? {
        let length = found.numberEnd - start
        guard length <= Key.maxScalars else { return nil }
        var words: (UInt64, UInt64) = (0, 0)
        for k in 0..<length {
            let value = UInt64(s[start + k].value) << (21 * UInt64(k % 3))
            if k < 3 { words.0 |= value } else { words.1 |= value }
        }
        let parsed =
            found.packed | UInt64(found.count) << 40 | UInt64(found.style.slot) << 48 | UInt64(length) << 56
        return Key(parsed: parsed, low: words.0, high: words.1)
    }
}
