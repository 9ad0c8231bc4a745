/// Text reduced to what a reader compares: letters, digits and ideographs only (no spaces, punctuation or
/// symbols), full-width ASCII folded to ASCII, Latin lower-cased. "图 6: 2026 届毕业班" and "图6：2026届毕业班"
/// compare equal; "荣获" and "获评" do not.
public enum ComparableText {
    public static func of<S: Sequence>(_ scalars: S) -> [Unicode.Scalar] where S.Element == Unicode.Scalar {
        if let out = scalars.withContiguousStorageIfAvailable(of(buffer:)) { return out }
        var out: [Unicode.Scalar] = []
        for scalar in scalars {
            if let kept = fold(scalar) { out.append(kept) }
        }
        return out
    }

    /// The fast path for arrays and slices: written into one allocation of the input's size, without the
    /// checks of a growing array (this runs over every paragraph of a draft).
    private static func of(buffer: UnsafeBufferPointer<Unicode.Scalar>) -> [Unicode.Scalar] {
        guard !buffer.isEmpty else { return [] }
        return [Unicode.Scalar](unsafeUninitializedCapacity: buffer.count) { out, count in
            var n = 0
            for scalar in buffer {
                if let kept = fold(scalar) {
                    out.initializeElement(at: n, to: kept)
                    n += 1
                }
            }
            count = n
        }
    }

    public static func string<S: Sequence>(_ scalars: S) -> String where S.Element == Unicode.Scalar {
        return String(scalars: of(scalars))
    }

    public static func string(_ text: String) -> String { string(text.unicodeScalars) }

    /// Whether a title in a list (目录, 图目录) agrees with the title in the text, both comparable: equal, equal
    /// but for a page number left at the end of the list's line, or one cut short of the other (a PDF line
    /// that lost its end) when the shorter has at least six scalars.
    public static func agree(listed: [Unicode.Scalar], text: [Unicode.Scalar]) -> Bool {
        if listed == text { return true }
        var trimmed = listed
        while let last = trimmed.last, ("0"..."9").contains(last) { trimmed.removeLast() }
        if trimmed == text { return true }
        let (short, long) = trimmed.count <= text.count ? (trimmed, text) : (text, trimmed)
        return short.count >= 6 && ScalarRun.hasPrefix(long, short)
    }

    /// The scalar as compared, or nil when it is ignored.
    @inline(__always)
    static func fold(_ scalar: Unicode.Scalar) -> Unicode.Scalar? {
        // Ideographs first: most scalars of a report are one, and they are kept as they are.
        if (0x4E00...0x9FFF).contains(scalar.value) { return scalar }
        var s = scalar
        if (0xFF01...0xFF5E).contains(s.value), let ascii = Unicode.Scalar(s.value - 0xFEE0) { s = ascii }
        if s.value < 0x80 {
            switch s {
            case "0"..."9", "a"..."z": return s
            case "A"..."Z": return Unicode.Scalar(s.value + 32)
            default: return nil
            }
        }
        // Fast paths for the scalars of Chinese text: ideographs are kept, CJK punctuation is not.
        if (0x4E00...0x9FFF).contains(s.value) { return s }
        if (0x3000...0x3003).contains(s.value) || (0x3008...0x301F).contains(s.value)
            || (0x2000...0x206F).contains(s.value)
        {
            return nil
        }
        switch s.properties.generalCategory {
        case .uppercaseLetter, .lowercaseLetter, .titlecaseLetter, .otherLetter, .modifierLetter, .decimalNumber,
            .letterNumber, .otherNumber:
            return s
        default:
            return nil
        }
    }
}

/// Searching runs of scalars (kept in one namespace: other files of the module have their own helpers).
enum ScalarRun {
    static func contains(_ haystack: [Unicode.Scalar], _ needle: [Unicode.Scalar]) -> Bool {
        firstIndex(of: needle, in: haystack) != nil
    }

    static func firstIndex(of needle: [Unicode.Scalar], in haystack: [Unicode.Scalar], from start: Int = 0) -> Int? {
        guard !needle.isEmpty else { return start }
        guard haystack.count >= needle.count else { return nil }
        var i = start
        let first = needle[0]
        while i + needle.count <= haystack.count {
            if haystack[i] == first {
                var k = 1
                while k < needle.count, haystack[i + k] == needle[k] { k += 1 }
                if k == needle.count { return i }
            }
            i += 1
        }
        return nil
    }

    /// Whether `prefix` occurs in `haystack` at `offset` (no copy of the haystack).
    static func hasPrefix<S: ScalarText>(_ haystack: S, at offset: Int, _ prefix: [Unicode.Scalar]) -> Bool {
        guard offset >= 0, haystack.count - offset >= prefix.count else { return false }
        for i in prefix.indices where haystack[offset + i] != prefix[i] { return false }
        return true
    }

    static func hasPrefix(_ haystack: [Unicode.Scalar], _ prefix: [Unicode.Scalar]) -> Bool {
        guard haystack.count >= prefix.count else { return false }
        for i in prefix.indices where haystack[i] != prefix[i] { return false }
        return true
    }

    static func hasSuffix(_ haystack: [Unicode.Scalar], _ suffix: [Unicode.Scalar]) -> Bool {
        guard haystack.count >= suffix.count else { return false }
        let offset = haystack.count - suffix.count
        for i in suffix.indices where haystack[offset + i] != suffix[i] { return false }
        return true
    }
}
