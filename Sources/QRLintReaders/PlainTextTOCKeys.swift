import QRLintCore

/// The 目录 entries seen so far, without spaces, to recognise an entry when it comes again.
///
/// Entries compare as `String`s do (canonical equivalence), but hashing a Chinese `String` normalises it
/// first: thousands of instructions a key. Keys made only of scalars that normalisation leaves alone and
/// that never combine with a neighbour (ASCII, CJK ideographs and punctuation, full-width forms, quotes
/// and dashes) are kept as scalar arrays instead: between two such keys canonical equivalence is plain
/// equality. Keys with other scalars, rare in a report, are compared as `String`s.
struct PlainTextTOCKeys {
    /// The keys while all are plain.
    private var plain: Set<[Unicode.Scalar]> = []
    /// Every key as a `String`, from the first key that is not plain on.
    private var strings: Set<String>?

    mutating func insert(_ s: [Unicode.Scalar], _ range: Range<Int>) {
        let key = Self.key(s, range)
        if strings == nil, !key.allSatisfy(Self.isPlain) {
            strings = Set(plain.map { String(scalars: $0) })
        }
        if strings != nil {
            strings!.insert(String(scalars: key))
        } else {
            plain.insert(key)
        }
    }

    func contains(_ s: [Unicode.Scalar], _ range: Range<Int>) -> Bool {
        let key = Self.key(s, range)
        if let strings { return strings.contains(String(scalars: key)) }
        if key.allSatisfy(Self.isPlain) { return plain.contains(key) }
        // A key with other scalars may equal a plain one once normalised: compared as a `String`.
        let text = String(scalars: key)
        return plain.contains { String(scalars: $0) == text }
    }

    /// `s[range]` without white space.
    static func key(_ s: [Unicode.Scalar], _ range: Range<Int>) -> [Unicode.Scalar] {
        var key: [Unicode.Scalar] = []
        key.reserveCapacity(range.count)
        for k in range where !ScalarClass.isSpace(s[k]) { key.append(s[k]) }
        return key
    }

    /// A scalar without a canonical decomposition, of combining class 0, that composes with nothing: a
    /// string of such scalars is its own normal form. (U+302A–U+302F are combining marks; U+F900–U+FAFF,
    /// U+2000, U+2001 and U+2329 decompose to other scalars: all left out.)
    static func isPlain(_ c: Unicode.Scalar) -> Bool {
        switch c.value {
        case 0x20...0x7E, 0x2010...0x2027, 0x3000...0x3029, 0x3030...0x303F, 0x3400...0x4DBF, 0x4E00...0x9FFF,
            0xFF01...0xFF5E:
            true
        default:
            false
        }
    }
}
