import QRLintCore

/// Heading titles compared the way a reader compares them: without spaces, quotes, brackets and trailing
/// punctuation ("“三教”改革" = "三教改革", "前 言" = "前言").
public enum TitleText {
    public static func normalize(_ title: String) -> String {
        normalize(Array(title.unicodeScalars))
    }

    public static func normalize(_ scalars: [Unicode.Scalar]) -> String {
        String(scalars: normalizedScalars(scalars))
    }

    /// `normalize` as scalars (every heading is normalised: one pass, at most one allocation).
    /// Takes the array: handed its last use, as the outline hands each heading's title, it passes it on
    /// without a retain of its own.
    static func normalizedScalars(_ scalars: consuming [Unicode.Scalar]) -> [Unicode.Scalar] {
        // Trailing punctuation among ignorable marks ("目录：”") goes with them.
        var end = scalars.count
        while end > 0, isIgnorable(scalars[end - 1]) || isTrailingPunctuation(scalars[end - 1]) { end -= 1 }
        guard end > 0 else { return [] }
        // Most titles have nothing to drop: then the array is shared, not copied.
        guard end < scalars.count || scalars.contains(where: isIgnorable) else { return scalars }
        return scalars.withUnsafeBufferPointer { input in
            [Unicode.Scalar](unsafeUninitializedCapacity: end) { out, count in
                var n = 0
                for i in 0..<end {
                    let scalar = input[i]
                    if isIgnorable(scalar) { continue }
                    out[n] = scalar
                    n += 1
                }
                count = n
            }
        }
    }

    @inline(__always)
    private static func isIgnorable(_ s: Unicode.Scalar) -> Bool {
        // Most scalars of a heading are ideographs.
        if s.value >= 0x4E00 { return false }
        switch s {
        case " ", "\t", "\u{3000}", "\u{A0}", "\r", "\n", "“", "”", "\"", "‘", "’", "'", "《", "》", "「", "」", "*", "#":
            return true
        default:
            return false
        }
    }

    private static func isTrailingPunctuation(_ s: Unicode.Scalar) -> Bool {
        switch s {
        case "：", ":", "。", "；", ";", "，", ",", "、", ".": true
        default: false
        }
    }

    /// Levenshtein distance over scalars, bounded: returns `limit + 1` as soon as it is exceeded.
    public static func distance(_ x: [Unicode.Scalar], _ y: [Unicode.Scalar], limit: Int) -> Int {
        x.withUnsafeBufferPointer { x in y.withUnsafeBufferPointer { y in distance(x, y, limit: limit) } }
    }

    /// `distance` over buffers: every heading is compared with every template title of every profile.
    static func distance(
        _ x: UnsafeBufferPointer<Unicode.Scalar>, _ y: UnsafeBufferPointer<Unicode.Scalar>, limit: Int
    ) -> Int {
        if abs(x.count - y.count) > limit { return limit + 1 }
        if x.isEmpty { return y.count }
        // The two rows live on the stack: two heap arrays per comparison were most of the cost.
        return withUnsafeTemporaryAllocation(of: Int.self, capacity: 2 * (y.count + 1)) { rows in
            var previous = UnsafeMutableBufferPointer(rebasing: rows[0...y.count])
            var current = UnsafeMutableBufferPointer(rebasing: rows[(y.count + 1)...])
            for j in 0...y.count { previous[j] = j }
            for i in 1...x.count {
                current[0] = i
                var rowMin = current[0]
                for j in 1...max(1, y.count) where !y.isEmpty {
                    let cost = x[i - 1] == y[j - 1] ? 0 : 1
                    current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
                    rowMin = min(rowMin, current[j])
                }
                if rowMin > limit { return limit + 1 }
                swap(&previous, &current)
            }
            return previous[y.count]
        }
    }

    /// False when two titles with these `TitleKey.scalarBits` are more than `limit` edits apart: each bit that
    /// one has and the other lacks is a scalar of the one that the other does not contain, which takes an edit
    /// of its own. True says nothing.
    @inline(__always)
    static func mayBeNear(_ x: UInt64, _ y: UInt64, limit: Int) -> Bool {
        (x & ~y).nonzeroBitCount <= limit && (y & ~x).nonzeroBitCount <= limit
    }
}

/// A template title with its aliases, normalised once when the pack is loaded.
public struct NormalizedTitle: Sendable, Hashable {
    public let canonical: String
    let canonicalScalars: [Unicode.Scalar]
    /// Normalised alias → the alias as written in the pack.
    let aliases: [String: String]
    /// Normalised titles as good as the canonical one (matched exactly, never reported as a mismatch).
    let accepted: Set<String>
    /// The same spellings as keys, for matching headings without hashing or comparing strings.
    let canonicalKey: TitleKey
    let acceptedKeys: [TitleKey]
    let aliasKeys: [(key: TitleKey, alias: String)]
    /// Every spelling is `TitleKey.isStable`: a stable heading matches one exactly only with its hash.
    let allStable: Bool
    /// The hashes of the canonical, accepted and alias keys, for rejecting a heading without touching arrays.
    let spellingHashes: [UInt64]

    public init(_ title: String, aliases: [String], accepted: [String] = []) {
        canonical = TitleText.normalize(title)
        canonicalScalars = Array(canonical.unicodeScalars)
        var map: [String: String] = [:]
        for alias in aliases { map[TitleText.normalize(alias)] = alias }
        self.aliases = map
        self.accepted = Set(accepted.map(TitleText.normalize))
        canonicalKey = TitleKey(canonicalScalars)
        acceptedKeys = self.accepted.sorted().map { TitleKey($0) }
        aliasKeys = map.keys.sorted().map { (TitleKey($0), map[$0]!) }
        allStable = canonicalKey.isStable && acceptedKeys.allSatisfy(\.isStable) && aliasKeys.allSatisfy(\.key.isStable)
        spellingHashes = [canonicalKey.hash] + acceptedKeys.map(\.hash) + aliasKeys.map(\.key.hash)
    }

    public static func == (a: NormalizedTitle, b: NormalizedTitle) -> Bool {
        a.canonical == b.canonical && a.aliases == b.aliases && a.accepted == b.accepted
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(canonical)
        hasher.combine(aliases)
        hasher.combine(accepted)
    }

    /// Every normalised spelling that is this title exactly or by alias.
    public var spellings: [String] { [canonical] + accepted.sorted() + aliases.keys.sorted() }

    /// `spellings` as keys, in the same order.
    var spellingKeys: [TitleKey] { [canonicalKey] + acceptedKeys + aliasKeys.map(\.key) }
}

/// How a written title relates to a template title.
public enum TitleMatch: Sendable, Hashable {
    case exact
    /// Matches a listed alias (the alias as written in the pack).
    case alias(String)
    /// Differs by a character or two.
    case near

    public var isExact: Bool { self == .exact }

    /// nil when the title is not this template title at all.
    /// - Parameter written: a title already passed through `TitleText.normalize`.
    public static func of(normalized written: String, target: NormalizedTitle) -> TitleMatch? {
        of(written: TitleKey(Array(written.unicodeScalars)), target: target)
    }

    /// `of(normalized:target:)` with the written title as a key, for a title matched against many targets.
    static func of(written: TitleKey, target: NormalizedTitle) -> TitleMatch? {
        withUnsafePointer(to: written) { written in withUnsafePointer(to: target) { of(written: written, target: $0) } }
    }

    /// Both read through pointers: a title passed by value was copied (six references retained and released)
    /// for every heading × template title, which cost more than the comparison, and a heading's key passed by
    /// value retained its scalars.
    static func of(written: UnsafePointer<TitleKey>, target: UnsafePointer<NormalizedTitle>) -> TitleMatch? {
        let count = written.pointee.count
        guard count > 0 else { return nil }
        // Both stable: a spelling can only be equal when its hash is (nearly every heading is near no title).
        if !(written.pointee.isStable && target.pointee.allStable
            && !target.pointee.spellingHashes.contains(written.pointee.hash))
        {
            if let exact = exactOrAlias(written.pointee, target.pointee) { return exact }
        }
        let length = target.pointee.canonicalScalars.count
        let limit = length >= 8 ? 2 : (length >= 4 ? 1 : 0)
        guard limit > 0 else { return nil }
        if abs(count - length) > limit { return nil }
        guard TitleText.mayBeNear(written.pointee.scalarBits, target.pointee.canonicalKey.scalarBits, limit: limit)
        else { return nil }
        let distance = written.pointee.scalars.withUnsafeBufferPointer { x in
            target.pointee.canonicalScalars.withUnsafeBufferPointer { y in TitleText.distance(x, y, limit: limit) }
        }
        return distance <= limit ? .near : nil
    }

    private static func exactOrAlias(_ written: TitleKey, _ target: NormalizedTitle) -> TitleMatch? {
        if written.same(as: target.canonicalKey) { return .exact }
        for key in target.acceptedKeys where written.same(as: key) { return .exact }
        // Normalised aliases are distinct strings: at most one is equal.
        for (key, alias) in target.aliasKeys where written.same(as: key) { return .alias(alias) }
        return nil
    }

    /// Better matches sort first.
    var rank: Int {
        switch self {
        case .exact: 0
        case .alias: 1
        case .near: 2
        }
    }
}
