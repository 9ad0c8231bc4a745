import QRLintCore

/// What makes two stated figures the same fact: the measure, what qualifies it ("初级", a row's major), the total
/// it is a part of, and the year.
public struct FactKey: Sendable, Hashable {
    public var measure: String
    public var qualifier: String
    /// The measure (or label) of the total it is listed under ("专任教师" for "其中在编362人"); empty when stated
    /// on its own.
    public var parent: String
    /// The year; figures stated without one belong to the report year.
    public var year: Int?
}

/// A stated figure of a known measure.
public struct Fact: Sendable {
    public var key: FactKey
    public var quantity: Quantity
    /// In a table cell rather than in running text.
    public var inTable: Bool
}

/// Every figure of a known measure, grouped by `FactKey`, in document order.
public struct FactIndex: Sendable {
    public let facts: [Fact]
    private let byKey: [FactKey: [Int]]
    /// Keys whose statements all agree, with the first of them.
    private let agreed: [FactKey: Int]

    init(
        paragraphs: [TextNumbers], tables: [TableNumbers], claims: NumberClaims, lexicon: NumberLexicon,
        reportYear: Int?
    ) {
        var changeSpans = Set<Span>()
        for change in claims.changes { changeSpans.insert(change.change.span) }
        var facts: [Fact] = []
        for (p, paragraph) in paragraphs.enumerated() {
            for i in paragraph.quantities.indices {
                let ref = QuantityRef(paragraph: p, index: i)
                let relabel = claims.relabelled.isEmpty ? nil : claims.relabelled[ref]
                // Most quantities name no measure: they are passed over before being copied.
                guard relabel.map({ $0.measure != nil }) ?? (paragraph.quantities[i].label.measure != nil),
                    changeSpans.isEmpty || !changeSpans.contains(paragraph.quantities[i].span)
                else { continue }
                var quantity = paragraph.quantities[i]
                if let relabel { quantity.label = relabel }
                guard let measure = quantity.label.measure else { continue }
                // A part that names its own measure ("其中初级“双师型”教师 135 人") is that measure's fact wherever it
                // is listed; the total it sits under matters only for a part without one.
                let parent =
                    quantity.label.measure != nil
                    ? "" : claims.totalOf[ref].map { $0.label.measure ?? $0.label.text } ?? ""
                // A figure of another institution named in the sentence is that institution's.
                var qualifier = quantity.label.qualifier
                if let entity = quantity.entity, !qualifier.contains(entity) { qualifier = entity + "·" + qualifier }
                let key = FactKey(
                    measure: measure, qualifier: qualifier, parent: parent, year: quantity.year ?? reportYear)
                facts.append(Fact(key: key, quantity: quantity, inTable: false))
            }
        }
        for table in tables {
            for row in table.cells {
                for cell in row {
                    guard case .number(let quantity) = cell, let measure = quantity.label.measure else { continue }
                    let key = FactKey(
                        measure: measure, qualifier: quantity.label.qualifier, parent: "",
                        year: quantity.year ?? reportYear)
                    facts.append(Fact(key: key, quantity: quantity, inTable: true))
                }
            }
        }
        facts.sort { $0.quantity.span.start < $1.quantity.span.start }
        var byKey: [FactKey: [Int]] = [:]
        byKey.reserveCapacity(facts.count)
        for (index, fact) in facts.enumerated() { byKey[fact.key, default: []].append(index) }
        var agreed: [FactKey: Int] = [:]
        agreed.reserveCapacity(byKey.count)
        for (key, indices) in byKey {
            let first = facts[indices[0]].quantity.interval
            if indices.allSatisfy({ facts[$0].quantity.interval.intersects(first) }) { agreed[key] = indices[0] }
        }
        self.facts = facts
        self.byKey = byKey
        self.agreed = agreed
    }

    /// The keys that have facts, in the order of their first fact.
    public var keys: [FactKey] {
        var seen = Set<FactKey>()
        var keys: [FactKey] = []
        for fact in facts where seen.insert(fact.key).inserted { keys.append(fact.key) }
        return keys
    }

    public func facts(for key: FactKey) -> [Fact] {
        (byKey[key] ?? []).map { facts[$0] }
    }

    /// The one value stated for a key: nil when there is none or the statements disagree.
    public func agreedValue(for key: FactKey) -> Quantity? {
        agreed[key].map { facts[$0].quantity }
    }

    /// The figure of a measure (plain, not a part) for a year: the nearest one before `quantity` in the same
    /// block, else the one value the document agrees on.
    public func value(measure: String, year: Int?, near quantity: Quantity) -> Quantity? {
        let key = FactKey(measure: measure, qualifier: "", parent: "", year: year)
        guard let indices = byKey[key] else { return nil }
        // The last fact of the key that starts before `quantity` (facts are in source order).
        var low = 0
        var high = indices.count
        while low < high {
            let mid = (low + high) / 2
            if facts[indices[mid]].quantity.span.start < quantity.span.start { low = mid + 1 } else { high = mid }
        }
        if low > 0 {
            let candidate = facts[indices[low - 1]].quantity
            if candidate.host.block == quantity.host.block { return candidate }
        }
        return agreedValue(for: key)
    }
}
