/// What the prose scan (`ProseScan`) records for each scalar, one byte per scalar of the Basic Multilingual
/// Plane: the scan reads a byte where it tested ranges and bit sets, and most scalars of a report (ideographs,
/// letters, spaces that start no phrase) read as 0, nothing to record.
struct ProseScalarKinds: Sendable {
    /// A digit, ASCII or full-width (`ProseScalar.isDigit`): where a number may start.
    static let digit: UInt8 = 1
    /// A sign (`ProseScalar.isSign`).
    static let sign: UInt8 = 2
    /// A scalar that folds to one a phrase starts with: `PhraseMatcher.mayMatch` may hold there.
    static let phraseStart: UInt8 = 4
    /// The kinds the scan records something for; a scalar of none of them is skipped.
    static let recorded: UInt8 = digit | sign | phraseStart
    /// With `phraseStart`: a phrase is that scalar alone (and `mayMatch` holds whatever follows).
    static let phraseSingle: UInt8 = 8
    /// A quote or space a phrase may have inside it in the text (`ProseScalar.isIgnorableInPhrase`).
    static let ignorable: UInt8 = 16

    private var kinds: [UInt8]
    /// The phrase starts beyond the Basic Multilingual Plane (none in the packs so far).
    private var startsBeyondBMP: Set<UInt32> = []

    /// The digits and signs with no phrase start: filled by ranges (classifying all 65,536 scalars one by one
    /// cost more than a small document's scan). A test checks it against `ProseScalar`.
    private static let base: [UInt8] = {
        var kinds = [UInt8](repeating: sign, count: 0x1_0000)
        kinds.withUnsafeMutableBufferPointer { all in
            func set(_ range: ClosedRange<Int>, _ kind: UInt8) {
                UnsafeMutableBufferPointer(rebasing: all[range]).update(repeating: kind)
            }
            // Not signs: Chinese characters, Latin letters (but X x Ｘ ｘ, placeholders) and white space.
            set(0x3400...0x4DBF, 0)
            set(0x4E00...0x9FFF, 0)
            set(0xF900...0xFAFF, 0)
            set(0x41...0x5A, 0)
            set(0x61...0x7A, 0)
            set(0xFF21...0xFF3A, 0)
            set(0xFF41...0xFF5A, 0)
            for placeholder in ["X", "x", "Ｘ", "ｘ"] as [Unicode.Scalar] { all[Int(placeholder.value)] = sign }
            for space in [" ", "\t", "\n", "\r", "\u{3000}", "\u{A0}", "\u{FEFF}"] as [Unicode.Scalar] {
                all[Int(space.value)] = 0
            }
            set(0x30...0x39, digit)
            set(0xFF10...0xFF19, digit)
            let ignorables: [Unicode.Scalar] = [
                "“", "”", "‘", "’", "\"", "'", "「", "」", "『", "』", " ", "\t", "\n", "\r", "\u{3000}", "\u{A0}",
                "\u{FEFF}",
            ]
            for s in ignorables { all[Int(s.value)] |= ignorable }
        }
        return kinds
    }()

    /// - Parameters:
    ///   - phraseStarts: the folded scalars phrases start with (`PhraseMatcher`).
    ///   - singles: those of them that are a phrase alone.
    init(phraseStarts: some Sequence<UInt32>, singles: some Sequence<UInt32> = [UInt32]()) {
        kinds = Self.base
        for start in phraseStarts { mark(start, Self.phraseStart) }
        for single in singles { mark(single, Self.phraseSingle) }
    }

    /// Marks every scalar that folds to `folded`.
    private mutating func mark(_ folded: UInt32, _ kind: UInt8) {
        guard folded < 0x1_0000 else {
            startsBeyondBMP.insert(folded)
            return
        }
        // Folding only takes full-width forms to ASCII and upper case to lower case: these are all the scalars
        // that can fold to `folded`.
        for candidate in [folded, folded &- 0x20, folded &+ 0xFEE0, folded &- 0x20 &+ 0xFEE0] {
            guard let scalar = Unicode.Scalar(candidate), candidate < 0x1_0000,
                ProseScalar.folded(scalar).value == folded
            else { continue }
            kinds[Int(candidate)] |= kind
        }
    }

    /// The kind of a scalar beyond the Basic Multilingual Plane (rare: the scan asks the table for the rest). A
    /// phrase start there is taken for a single, so that `mayMatch` is always asked.
    func kind(beyondBMP value: UInt32) -> UInt8 {
        let sign = ProseScalar.isHan(Unicode.Scalar(value) ?? " ") ? 0 : Self.sign
        return startsBeyondBMP.contains(value) ? sign | Self.phraseStart | Self.phraseSingle : sign
    }

    /// The kind of any scalar.
    func kind(of s: Unicode.Scalar) -> UInt8 { s.value < 0x1_0000 ? kinds[Int(s.value)] : kind(beyondBMP: s.value) }

    /// Calls `body` with the table of the Basic Multilingual Plane, the kind of scalar `v` at index `v`.
    func withBMPKinds<R>(_ body: (UnsafeBufferPointer<UInt8>) -> R) -> R { kinds.withUnsafeBufferPointer(body) }
}
