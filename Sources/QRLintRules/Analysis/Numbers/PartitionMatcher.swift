/// Decides whether the labels of a list of parts name different members of one partition family (so the parts
/// are disjoint), and whether they make the whole family (so they must add up to the total).
public struct PartitionMatch: Sendable, Hashable {
    public var family: String
    public var familyName: String
    /// The member each label names, in the order of the labels.
    public var members: [String]
    /// The labels cover every family that names them all (a conservative reading of "complete").
    public var complete: Bool
    /// Some matching family lets a complete list fall short (teachers without a 职称).
    public var shortfallAllowed: Bool
}

enum PartitionMatcher {
    static func match(labels: [[Unicode.Scalar]], lexicon: NumberLexicon) -> PartitionMatch? {
        matchLabels(labels, lexicon: lexicon)
    }

    /// The same for labels given as ranges of one array (the claim finders' labels are runs of the analysis's
    /// pool: an array of their own for each label was an allocation each).
    static func match(labels ranges: [Range<Int>], in scalars: [Unicode.Scalar], lexicon: NumberLexicon)
        -> PartitionMatch?
    {
        guard ranges.count >= 2 else { return nil }
        return scalars.withUnsafeBufferPointer { buffer in
            matchLabels(ranges.map { UnsafeBufferPointer(rebasing: buffer[$0]) }, lexicon: lexicon)
        }
    }

    private static func matchLabels<Label: ScalarText>(
        _ scalars: [Label], lexicon: NumberLexicon
    ) -> PartitionMatch? {
        guard scalars.count >= 2 else { return nil }
        // The families are read in place (copying each family, with its member lists, cost more than matching).
        let families = lexicon.families
        let allSpellings = lexicon.familySpellings
        let allFirsts = lexicon.familySpellingFirsts
        let allSpellingMembers = lexicon.familySpellingMembers
        let allCovers = lexicon.familyCoverMembers
        var first: (family: Int, members: [String])? = nil
        var complete = true
        var shortfallAllowed = false
        for index in families.indices {
            // Every label must name a member, so must hold a scalar some spelling starts with.
            if families[index].ranges == nil,
                !scalars.allSatisfy({ label in label.contains { allFirsts[index].contains($0.value) } })
            {
                continue
            }
            guard
                let members = members(
                    of: scalars, family: index, in: families, spellings: allSpellings[index],
                    spellingMembers: allSpellingMembers[index], covers: allCovers[index])
            else {
                continue
            }
            if first == nil { first = (index, members.names) }
            complete = complete && members.complete
            shortfallAllowed = shortfallAllowed || families[index].shortfallAllowed
        }
        guard let first else { return nil }
        return PartitionMatch(
            family: families[first.family].id, familyName: families[first.family].name, members: first.members,
            complete: complete, shortfallAllowed: shortfallAllowed)
    }

    /// The member each label names, when every label names a different member. The family is read in place, by
    /// its index: passed as a value, it was copied (and its strings and lists retained) for every family tried.
    private static func members<Label: ScalarText>(
        of scalars: [Label], family: Int, in families: [PartitionFamily],
        spellings: [(member: String, spelling: [Unicode.Scalar])], spellingMembers: [Int], covers: [[Int]]
    ) -> (names: [String], complete: Bool)? {
        if let unit = families[family].ranges {
            // A band is read from the first number of its label: labels without a digit are no bands, and are not
            // turned into strings to find out.
            guard scalars.allSatisfy({ $0.contains(where: NumberScalars.isDigit) }) else { return nil }
            return AgeBands.members(of: scalars.map { LabelExtractor.string($0) }, unit: unit)
        }
        // By member index: comparing and hashing the members' Chinese names normalised them every time.
        var found: [Int] = []
        found.reserveCapacity(scalars.count)
        for label in scalars {
            guard let spelling = spellingIndex(of: label, spellings: spellings) else { return nil }
            let member = spellingMembers[spelling]
            guard !found.contains(member) else { return nil }
            found.append(member)
        }
        let complete = covers.contains { cover in cover.allSatisfy(found.contains) }
        return (found.map { families[family].members[$0].name }, complete)
    }

    /// The spelling (by its index) that names the label's member: the longest one that occurs in the label
    /// (spellings come longest first). A one-scalar spelling ("男") must start the label.
    private static func spellingIndex<Label: ScalarText>(
        of label: Label, spellings: [(member: String, spelling: [Unicode.Scalar])]
    ) -> Int? {
        for index in spellings.indices {
            let spelling = spellings[index].spelling
            if spelling.count == 1 {
                if label.first == spelling[0] { return index }
            } else if contains(label, spelling) {
                return index
            }
        }
        return nil
    }

    private static func contains<Label: ScalarText>(
        _ haystack: Label, _ needle: [Unicode.Scalar]
    ) -> Bool {
        guard needle.count <= haystack.count else { return false }
        var i = 0
        while i + needle.count <= haystack.count {
            if haystack[i] == needle[0], haystack[i..<(i + needle.count)].elementsEqual(needle) { return true }
            i += 1
        }
        return false
    }
}

/// Age bands written as labels: "21-30岁", "30岁以下", "51岁及以上", "31至40岁".
enum AgeBands {
    struct Band: Equatable {
        var low: Double
        var high: Double
    }

    static func members(of labels: [String], unit: String) -> (names: [String], complete: Bool)? {
        var bands: [Band] = []
        for label in labels {
            guard let band = band(label, unit: unit) else { return nil }
            bands.append(band)
        }
        let sorted = bands.sorted { $0.low < $1.low }
        // Disjoint: each band starts at or after the end of the one before ("20-30岁、30-40岁" reads as [20, 30)).
        for k in 1..<sorted.count where sorted[k].low < sorted[k - 1].high { return nil }
        let contiguous = (1..<sorted.count).allSatisfy { sorted[$0].low <= sorted[$0 - 1].high + 1 }
        let complete = contiguous && sorted.first!.low == 0 && sorted.last!.high == .infinity
        return (labels, complete)
    }

    static func band(_ label: String, unit: String) -> Band? {
        let s = Array(label.unicodeScalars)
        let unitScalars = Array(unit.unicodeScalars)
        var i = 0
        while i < s.count, !NumberScalars.isDigit(s[i]) { i += 1 }
        guard let first = ArabicNumberReader.read(s, at: i, limit: s.count) else { return nil }
        i = first.end
        var second: ArabicNumber? = nil
        if i < s.count, NumberScalars.isRangeMark(s[i]) || s[i] == "到" {
            second = ArabicNumberReader.read(s, at: i + 1, limit: s.count)
            if let second { i = second.end }
        }
        guard LabelText.hasPrefix(s, i, s.count, unitScalars) else { return nil }
        i += unitScalars.count
        let rest = LabelExtractor.string(Array(s[i...]))
        if let second { return Band(low: first.value, high: second.value) }
        if rest.containsText("以下") || rest.containsText("以内") { return Band(low: 0, high: first.value) }
        if rest.containsText("以上") { return Band(low: first.value, high: .infinity) }
        return nil
    }
}
