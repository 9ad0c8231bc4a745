import QRLintCore

/// The running text of a document scanned once for every writing-norm rule (`text.*`, `terms.*`, `dates.*`):
/// where the punctuation and symbols are, where numbers start (the raw material of the punctuation and
/// number-writing rules), and where the word-list phrases occur. Rules read these facts instead of walking
/// every scalar again.
public struct ProseScan: Sendable {
    public struct PhraseHit: Sendable, Hashable {
        /// Index into `units`.
        public var unit: Int
        /// Range in the unit's text, from the first to past the last matched scalar.
        public var range: Range<Int>
    }

    public let units: [ProseUnit]
    /// The units' scalars in one buffer, for rules that read every unit's text (see `ProseScalars`).
    public let scalars: ProseScalars
    /// Per unit: the scalars that are neither Chinese characters, white space, digits nor Latin letters
    /// (punctuation and symbols), and the placeholder letters X x Ｘ ｘ.
    public let signs: ProsePositions
    /// Per unit: where a number may start, a digit (ASCII or full-width) not right after another digit.
    public let numbers: ProsePositions
    /// Phrase → every occurrence, in document order.
    private let hits: [String: [PhraseHit]]
    /// The document's blocks, where a unit's mapping to the source is read when a finding needs a span.
    private let blocks: [Block]

    /// - Parameter phrases: the word-list phrases to find (see `ProsePhrases`).
    public init(document: Document, phrases: some Sequence<String>) {
        self.init(document: document, matcher: PhraseMatcher(phrases))
    }

    /// - Parameter matcher: built once per set of packs (`RulePacks.proseMatcher`).
    init(document: Document, matcher: PhraseMatcher) {
        let blocks = document.blocks
        // Capacities from the source's length: summing the units' lengths touched every unit's array, a cache
        // miss each, only to size these.
        let total = document.source.scalars.count
        var scalars = ProseScalars(reservingCapacity: total, units: blocks.count)
        let units = ProseUnit.collect(blocks, into: &scalars)
        let signs = ProsePositions.Builder(reservingCapacity: total / 8, units: units.count)
        let numbers = ProsePositions.Builder(reservingCapacity: total / 16, units: units.count)
        // Hits by phrase index: an array, not a dictionary keyed by the index (hashing and the dictionary's
        // bookkeeping on every hit).
        var found = [[PhraseHit]](repeating: [], count: matcher.phrases.count)
        // The bits of the scalars a phrase starts with, read in place: most scalars are ideographs that start
        // no phrase, and for them one bit test is all the work.
        matcher.withStartBits { startBits in
            scalars.withUnits { texts in
                // A common ideograph that starts no phrase: no sign, no number, no phrase (an ideograph folds to
                // itself, so its bit is the whole test). Most scalars of a report.
                @inline(__always) func isPlain(_ value: UInt32) -> Bool {
                    value &- 0x4E00 <= 0x9FFF - 0x4E00 && startBits[Int(value >> 6)] & (1 << UInt64(value & 63)) == 0
                }
                for unitIndex in units.indices {
                    let buffer = texts[unitIndex]
                    var afterDigit = false
                    let count = buffer.count
                    var i = 0
                    while i < count {
                        // A run of plain ideographs is skipped in a tight loop.
                        if isPlain(buffer[i].value) {
                            afterDigit = false
                            i += 1
                            while i < count, isPlain(buffer[i].value) { i += 1 }
                            if i == count { break }
                        }
                        let s = buffer[i]
                        if s.value &- 0x4E00 <= 0x9FFF - 0x4E00 {
                            afterDigit = false
                        } else {
                            let isDigit = ProseScalar.isDigit(s)
                            if isDigit {
                                if !afterDigit { numbers.append(i, s) }
                            } else if Self.isSign(s) {
                                signs.append(i, s)
                            }
                            afterDigit = isDigit
                        }
                        if matcher.mayMatch(buffer, at: i) {
                            let start = i
                            matcher.matches(in: buffer, at: i) { phrase, end in
                                found[phrase].append(PhraseHit(unit: unitIndex, range: start..<end))
                            }
                        }
                        i += 1
                    }
                    signs.endUnit()
                    numbers.endUnit()
                }
            }
        }
        var byPhrase: [String: [PhraseHit]] = [:]
        for (index, list) in found.enumerated() where !list.isEmpty { byPhrase[matcher.phrases[index]] = list }
        self.units = units
        self.scalars = scalars
        self.signs = signs.build()
        self.numbers = numbers.build()
        self.hits = byPhrase
        self.blocks = blocks
    }

    /// A scalar other than a digit that is a sign: not Chinese, not white space, not a Latin letter but X x Ｘ ｘ.
    private static func isSign(_ s: Unicode.Scalar) -> Bool {
        if ProseScalar.isHan(s) || ProseScalar.isSpace(s) { return false }
        guard ProseScalar.isLatinLetter(s) else { return true }
        return s == "X" || s == "x" || s == "Ｘ" || s == "ｘ"
    }

    /// Occurrences of a phrase that was passed to `init`.
    public func hits(of phrase: String) -> [PhraseHit] { hits[phrase] ?? [] }

    /// Occurrences of any of several phrases, in document order, overlapping hits of one start kept once
    /// (the longest).
    public func hits(of phrases: some Sequence<String>) -> [PhraseHit] {
        var all: [PhraseHit] = []
        for phrase in Set(phrases) { all += hits(of: phrase) }
        all.sort {
            ($0.unit, $0.range.lowerBound, -$0.range.upperBound) < ($1.unit, $1.range.lowerBound, -$1.range.upperBound)
        }
        var kept: [PhraseHit] = []
        for hit in all
        where kept.last.map({ $0.unit != hit.unit || $0.range.lowerBound != hit.range.lowerBound }) ?? true {
            kept.append(hit)
        }
        return kept
    }

    /// The source span of a phrase hit.
    public func span(_ hit: PhraseHit) -> Span { span(of: hit.unit, hit.range) }

    /// The text of a phrase hit as written (with any quotes inside it).
    public func text(_ hit: PhraseHit) -> String {
        scalars.withUnits { String(scalars: $0[hit.unit][hit.range]) }
    }

    /// Unit `unit`'s text with its mapping to the source (read from the document: a retain, so rules scan
    /// `scalars` and ask for this when they report).
    public func text(of unit: Int) -> MappedText { units[unit].text(in: blocks) }

    /// The source span of a range of unit `unit`'s text.
    public func span(of unit: Int, _ range: Range<Int>) -> Span { text(of: unit).sourceSpan(range) }

    /// The source span of one scalar of unit `unit`'s text.
    public func span(of unit: Int, at index: Int) -> Span { span(of: unit, index..<(index + 1)) }
}
