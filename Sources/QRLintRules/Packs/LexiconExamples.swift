import Foundation

/// A word-list pack (`Rules/lexicon/<kind>/*.json`) whose entries each carry examples: the rule that reads
/// the kind must flag the triggering ones (at their `⟦…⟧` marks) and stay silent on the others. A test and
/// `qrlint rules validate` run them, so an entry nobody can check cannot be added.
public protocol LexiconPack: RulePackFile {
    /// The rule that reads this kind of pack.
    static var ruleID: String { get }
    /// Each entry's name (for messages) and examples.
    var entryExamples: [(entry: String, examples: LexiconExamples)] { get }
}

/// The examples of one word-list entry. Each text is the body of a small report (a title naming
/// `reportYear` is put in front), with `⟦…⟧` around each place the rule must report.
public struct LexiconExamples: Sendable, Decodable, StrictlyDecodable {
    /// The report year the examples are written for (default 2025): dated entries depend on it.
    public var reportYear: Int?
    public var triggering: [String]
    public var nonTriggering: [String]

    enum Keys: String, CodingKey, CaseIterable {
        case reportYear, triggering, nonTriggering
    }

    public init(from decoder: Decoder) throws { try self.init(decoding: decoder) }

    init(fields c: JSONKeyedContainer<Keys>) throws {
        reportYear = try c.decodeIfPresent(Int.self, forKey: .reportYear)
        triggering = try c.decode([String].self, forKey: .triggering)
        nonTriggering = try c.decodeIfPresent([String].self, forKey: .nonTriggering) ?? []
        guard !triggering.isEmpty else {
            throw DecodingError.dataCorrupted(
                .init(codingPath: c.codingPath + [Keys.triggering], debugDescription: "每个词条至少要有一个会报告的示例"))
        }
    }
}

/// Where a listed phrase counts, beyond matching its letters: the words around it.
/// All comparisons skip quotes and spaces, like the phrase match itself.
public struct PhraseGuards: Sendable, Hashable {
    /// The phrase does not count right after one of these ("有待补充" is prose, not a placeholder).
    public var unlessPrecededBy: [String] = [] { didSet { keys = Keys(self) } }
    /// The phrase does not count right before one of these ("19大类专业" is not the 19th party congress).
    public var unlessFollowedBy: [String] = [] { didSet { keys = Keys(self) } }
    /// When either `onlyPrecededBy` or `onlyFollowedBy` is given, the phrase counts only right after a word of
    /// the first or right before a word of the second ("党的20大", "20大精神").
    public var onlyPrecededBy: [String] = [] { didSet { keys = Keys(self) } }
    public var onlyFollowedBy: [String] = [] { didSet { keys = Keys(self) } }
    /// When not empty, the phrase counts only when its clause (up to the nearest ，。；：！？) contains one.
    public var clauseContains: [String] = [] { didSet { keys = Keys(self) } }

    /// The words above as the phrase matcher compares them, normalised once: `allows` is asked at every hit,
    /// and normalising the words there was most of its work.
    private var keys = Keys()

    private struct Keys: Sendable, Hashable {
        var unlessPrecededBy: [[Unicode.Scalar]] = []
        var unlessFollowedBy: [[Unicode.Scalar]] = []
        var onlyPrecededBy: [[Unicode.Scalar]] = []
        var onlyFollowedBy: [[Unicode.Scalar]] = []
        var clauseContains: [[Unicode.Scalar]] = []

        init() {}

        init(_ guards: PhraseGuards) {
            unlessPrecededBy = guards.unlessPrecededBy.map(PhraseMatcher.normalized)
            unlessFollowedBy = guards.unlessFollowedBy.map(PhraseMatcher.normalized)
            onlyPrecededBy = guards.onlyPrecededBy.map(PhraseMatcher.normalized)
            onlyFollowedBy = guards.onlyFollowedBy.map(PhraseMatcher.normalized)
            clauseContains = guards.clauseContains.map(PhraseMatcher.normalized)
        }
    }

    public init(
        unlessPrecededBy: [String] = [], unlessFollowedBy: [String] = [], onlyPrecededBy: [String] = [],
        onlyFollowedBy: [String] = [], clauseContains: [String] = []
    ) {
        self.unlessPrecededBy = unlessPrecededBy
        self.unlessFollowedBy = unlessFollowedBy
        self.onlyPrecededBy = onlyPrecededBy
        self.onlyFollowedBy = onlyFollowedBy
        self.clauseContains = clauseContains
        keys = Keys(self)
    }

    /// Whether a phrase found at `range` of `scalars` counts.
    func allows<S: ScalarText>(_ scalars: S, _ range: Range<Int>) -> Bool {
        let start = range.lowerBound
        let end = range.upperBound
        if keys.unlessPrecededBy.contains(where: { PhraseContext.ends(scalars, before: start, withKey: $0) }) {
            return false
        }
        if keys.unlessFollowedBy.contains(where: { PhraseContext.starts(scalars, at: end, withKey: $0) }) {
            return false
        }
        if !keys.onlyPrecededBy.isEmpty || !keys.onlyFollowedBy.isEmpty {
            let after = keys.onlyPrecededBy.contains { PhraseContext.ends(scalars, before: start, withKey: $0) }
            let before = keys.onlyFollowedBy.contains { PhraseContext.starts(scalars, at: end, withKey: $0) }
            if !after && !before { return false }
        }
        if !keys.clauseContains.isEmpty {
            let clause = PhraseContext.clause(scalars, around: range)
            let words = keys.clauseContains
            let text = scalars[clause].filter { !ProseScalar.isIgnorableInPhrase($0) }.map(ProseScalar.folded)
            if !words.contains(where: { PhraseContext.contains(text, $0) }) { return false }
        }
        return true
    }
}

/// Looking at the words around a phrase, with the phrase matcher's normalisation.
enum PhraseContext {
    /// Whether the text after `index` (quotes and spaces skipped) starts with `word`.
    static func starts<S: ScalarText>(_ scalars: S, at index: Int, with word: String) -> Bool {
        starts(scalars, at: index, withKey: PhraseMatcher.normalized(word))
    }

    /// `starts(_:at:with:)` for a word already normalised, for callers that test the same words many times.
    static func starts<S: ScalarText>(_ scalars: S, at index: Int, withKey key: [Unicode.Scalar]) -> Bool {
        var i = index
        for k in key {
            while i < scalars.count, ProseScalar.isIgnorableInPhrase(scalars[i]) { i += 1 }
            guard i < scalars.count, ProseScalar.folded(scalars[i]) == k else { return false }
            i += 1
        }
        return !key.isEmpty
    }

    /// Whether the text before `index` (quotes and spaces skipped) ends with `word`.
    static func ends<S: ScalarText>(_ scalars: S, before index: Int, with word: String) -> Bool {
        ends(scalars, before: index, withKey: PhraseMatcher.normalized(word))
    }

    /// `ends(_:before:with:)` for a word already normalised.
    static func ends<S: ScalarText>(_ scalars: S, before index: Int, withKey key: [Unicode.Scalar]) -> Bool {
        var i = index - 1
        for k in key.reversed() {
            while i >= 0, ProseScalar.isIgnorableInPhrase(scalars[i]) { i -= 1 }
            guard i >= 0, ProseScalar.folded(scalars[i]) == k else { return false }
            i -= 1
        }
        return !key.isEmpty
    }

    /// The clause around a range: from after the previous clause mark to before the next one.
    static func clause<S: ScalarText>(_ scalars: S, around range: Range<Int>) -> Range<Int> {
        var start = range.lowerBound
        while start > 0, !ProseScalar.isClauseEnd(scalars[start - 1]) { start -= 1 }
        var end = range.upperBound
        while end < scalars.count, !ProseScalar.isClauseEnd(scalars[end]) { end += 1 }
        return start..<end
    }

    static func contains(_ text: [Unicode.Scalar], _ word: [Unicode.Scalar]) -> Bool {
        guard !word.isEmpty, text.count >= word.count else { return false }
        for i in 0...(text.count - word.count) where text[i] == word[0] {
            if text[i..<(i + word.count)].elementsEqual(word) { return true }
        }
        return false
    }
}
