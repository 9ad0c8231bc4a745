import QRLintCore

/// The comparable start of every text block (paragraph, heading with its number, caption line), to find a
/// title the readers did not recognise as a heading or caption ("挑战1：生源存在紧缺问题。……" in a paragraph).
/// Built on first use: most drafts have no list entry left unmatched, and then it is never asked.
final class BlockPrefixes {
    private let document: Document
    /// Per block, the first two scalars of its comparable start packed (0 for tables, TOC entries and blocks
    /// with fewer comparable scalars). A title is compared only with the blocks that start like it, scalar by
    /// scalar: folding every block up front was slow, and scanning every later block for every title was
    /// quadratic in a file holding many reports (and so many tables of contents). A flat array scanned per
    /// title, not a dictionary of lists: few titles are ever asked, and building the dictionary cost more.
    private lazy var leadingPairs: [UInt64] = Self.leadingPairs(of: self)
    static let limit = 120

    init(document: Document) {
        self.document = document
    }

    /// The scalars of a block whose comparable text is its start, at most `limit` of the text (a heading's
    /// number comes before); nil for tables and TOC entries.
    private func rawStart(_ index: Int) -> ArraySlice<Unicode.Scalar>? {
        switch document.blocks[index] {
        case .paragraph(let p): p.text.scalars.prefix(Self.limit)
        case .heading(let h):
            ArraySlice(Array((h.number?.text ?? "").unicodeScalars) + h.title.scalars.prefix(Self.limit))
        case .caption(let c): document.source.scalars[c.span.range].prefix(Self.limit)
        default: nil
        }
    }

    private static func leadingPairs(of prefixes: BlockPrefixes) -> [UInt64] {
        let blocks = prefixes.document.blocks
        let source = prefixes.document.source
        var pairs = [UInt64](repeating: 0, count: blocks.count)
        for block in blocks.indices {
            // The same scalars as `rawStart`, read in place: no slice or joined array per block.
            var reader = PairReader()
            switch blocks[block] {
            case .paragraph(let p): reader.read(p.text.scalars, limit: limit)
            case .heading(let h):
                if let number = h.number { reader.read(number.text.unicodeScalars) }
                reader.read(h.title.scalars, limit: limit)
            case .caption(let c): reader.read(source.scalars[c.span.range], limit: limit)
            default: continue
            }
            // A pair is never 0: its first scalar is comparable, so not NUL.
            if let pair = reader.pair { pairs[block] = pair }
        }
        return pairs
    }

    /// The first two scalars of a comparable text, packed, read from the raw text piece by piece.
    struct PairReader {
        private var first: UInt32?
        private(set) var pair: UInt64?

        mutating func read(_ scalars: some Collection<Unicode.Scalar>, limit: Int = .max) {
            var taken = 0
            for scalar in scalars {
                guard pair == nil, taken < limit else { return }
                taken += 1
                guard let kept = ComparableText.fold(scalar) else { continue }
                if let first {
                    pair = UInt64(first) << 32 | UInt64(kept.value)
                } else {
                    first = kept.value
                }
            }
        }
    }

    /// Whether a block after `after` starts with the comparable text `title` (at least four scalars).
    func someBlock(after: Int, startsWith title: [Unicode.Scalar]) -> Bool {
        guard title.count >= 4 else { return false }
        let needle = title.prefix(Self.limit)
        let pair = UInt64(needle[0].value) << 32 | UInt64(needle[1].value)
        let pairs = leadingPairs
        var index = after + 1
        while index < pairs.count {
            if pairs[index] == pair, let raw = rawStart(index), Self.comparable(raw, startsWith: needle) { return true }
            index += 1
        }
        return false
    }

    /// Whether the comparable text of `raw` starts with the non-empty `needle`, folding no further than needed.
    private static func comparable(_ raw: ArraySlice<Unicode.Scalar>, startsWith needle: ArraySlice<Unicode.Scalar>)
        -> Bool
    {
        var k = needle.startIndex
        for scalar in raw {
            guard let kept = ComparableText.fold(scalar) else { continue }
            guard kept == needle[k] else { return false }
            k += 1
            if k == needle.endIndex { return true }
        }
        return false
    }
}
