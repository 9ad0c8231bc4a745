import QRLintCore

/// The running text of a document scanned once for every writing-norm rule (`text.*`, `terms.*`, `dates.*`):
/// where the non-Chinese scalars are (punctuation, digits, Latin letters — the raw material of the
/// punctuation and number-writing rules), and where the word-list phrases occur. Rules read these facts
/// instead of walking every scalar again.
public struct ProseScan: Sendable {
    public struct PhraseHit: Sendable, Hashable {
        /// Index into `units`.
        public var unit: Int
        /// Range in the unit's text, from the first to past the last matched scalar.
        public var range: Range<Int>
    }

    public let units: [ProseUnit]
    /// Per unit: indices of the scalars that are neither Chinese characters nor white space, ascending.
    public let marks: [[Int]]
    /// Phrase → every occurrence, in document order.
    private let hits: [String: [PhraseHit]]

    /// - Parameter phrases: the word-list phrases to find (see `ProsePhrases`).
    public init(document: Document, phrases: some Sequence<String>) {
        let units = ProseUnit.collect(document)
        let matcher = PhraseMatcher(phrases)
        var marks: [[Int]] = []
        marks.reserveCapacity(units.count)
        var found: [Int: [PhraseHit]] = [:]
        // A unit's marks are gathered in one reused array and copied out once at their final size: growing a
        // new array per unit was most of the scan.
        var unitMarks: [Int] = []
        for (unitIndex, unit) in units.enumerated() {
            let scalars = unit.text.scalars
            unitMarks.removeAll(keepingCapacity: true)
            scalars.withUnsafeBufferPointer { buffer in
                for i in buffer.indices {
                    let s = buffer[i]
                    if !ProseScalar.isHan(s), !ProseScalar.isSpace(s) { unitMarks.append(i) }
                    guard matcher.canStart(s) else { continue }
                    matcher.matches(in: scalars, at: i) { phrase, end in
                        found[phrase, default: []].append(PhraseHit(unit: unitIndex, range: i..<end))
                    }
                }
            }
            // A fresh buffer of the exact size: `Array(unitMarks)` would share the reused buffer, whose capacity
            // is the largest unit's, and the next `removeAll` would copy it again at that capacity.
            marks.append(
                unitMarks.isEmpty
                    ? []
                    : [Int](unsafeUninitializedCapacity: unitMarks.count) { buffer, count in
                        _ = buffer.initialize(from: unitMarks)
                        count = unitMarks.count
                    })
        }
        var byPhrase: [String: [PhraseHit]] = [:]
        for (index, list) in found { byPhrase[matcher.phrases[index]] = list }
        self.units = units
        self.marks = marks
        self.hits = byPhrase
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
    public func span(_ hit: PhraseHit) -> Span { units[hit.unit].span(hit.range) }

    /// The text of a phrase hit as written (with any quotes inside it).
    public func text(_ hit: PhraseHit) -> String {
        return String(scalars: units[hit.unit].text.scalars[hit.range])
    }
}
