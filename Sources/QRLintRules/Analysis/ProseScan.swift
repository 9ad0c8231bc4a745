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
        // One byte per scalar says what to record (`ProseScalarKinds`), read in place: most scalars are
        // ideographs, letters or spaces that start no phrase, with nothing recorded, and one load is all the work.
        let kinds = matcher.scanKinds
        matcher.withPairBits { pairs in
            kinds.withBMPKinds { table in
                scalars.withUnits { texts in
                    for unitIndex in units.indices {
                        let buffer = texts[unitIndex]
                        var afterDigit = false
                        let count = buffer.count
                        var i = 0
                        while i < count {
                            let s = buffer[i]
                            let kind = s.value < 0x1_0000 ? table[Int(s.value)] : kinds.kind(beyondBMP: s.value)
                            if kind & ProseScalarKinds.recorded == 0 {
                                // A run of such scalars is skipped in a tight loop.
                                afterDigit = false
                                i += 1
                                while i < count {
                                    let value = buffer[i].value
                                    guard value < 0x1_0000, table[Int(value)] & ProseScalarKinds.recorded == 0 else {
                                        break
                                    }
                                    i += 1
                                }
                                continue
                            }
                            if kind & ProseScalarKinds.digit != 0 {
                                if !afterDigit { numbers.append(i, s) }
                                afterDigit = true
                            } else {
                                if kind & ProseScalarKinds.sign != 0 { signs.append(i, s) }
                                afterDigit = false
                            }
                            if kind & ProseScalarKinds.phraseStart != 0 {
                                let first = ProseScalar.folded(s).value
                                // Most starts are digits in numbers that go on with no phrase: the pair with
                                // the next scalar is tested here, and `mayMatch` asked only when it may hold.
                                var may = kind & ProseScalarKinds.phraseSingle != 0
                                if !may, i + 1 < count {
                                    let next = buffer[i + 1]
                                    if kinds.kind(of: next) & ProseScalarKinds.ignorable != 0 {
                                        may = true
                                    } else {
                                        let bit = PhraseMatcher.pairBit(first, ProseScalar.folded(next).value)
                                        may = pairs[bit >> 6] & (1 << UInt64(bit & 63)) != 0
                                    }
                                }
                                if may, matcher.mayMatch(buffer, at: i, startingWith: first) {
                                    let start = i
                                    matcher.matches(in: buffer, at: i) { phrase, end in
                                        found[phrase].append(PhraseHit(unit: unitIndex, range: start..<end))
                                    }
                                }
                            }
                            i += 1
                        }
                        signs.endUnit()
                        numbers.endUnit()
                    }
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
