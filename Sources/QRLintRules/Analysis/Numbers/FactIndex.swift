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
    /// The number of `key.qualifier` among the index's qualifiers (0: none), which the index groups by.
    var qualifierID = 0
}

/// Every figure of a known measure, grouped by `FactKey`, in document order.
public struct FactIndex: Sendable {
    public let facts: [Fact]
    /// The group of each fact (parallel to `facts`): facts share a group when they share a key. Groups are
    /// numbered in the order of their first fact.
    let groupOfFact: [Int]
    /// Each group's fact indices, in document order.
    let groups: [[Int]]
    private let groupByKey: [FactKey: Int]
    /// For each group whose statements all agree, the first of them.
    private let agreed: [Int?]

    init(
        paragraphs: [ParagraphNumbers], quantities: [Quantity], tables: [TableNumbers], claims: NumberClaims,
        lexicon: NumberLexicon, reportYear: Int?, pool: ScalarPool
    ) {
        let measures = lexicon.measures
        // Each qualifier text is numbered once, and facts are grouped by the numbers: hashing and comparing the
        // (Chinese, normalised each time) texts for every fact cost more than the rest of the index.
        var qualifierIDs: [String: Int] = ["": 0]
        func qualifierID(_ text: String) -> Int {
            if let known = qualifierIDs[text] { return known }
            let id = qualifierIDs.count
            qualifierIDs[text] = id
            return id
        }
        // The rows of a table share their qualifier: each text is built (and numbered) once.
        var qualifiers: [ScalarPool.Run: (text: String, id: Int)] = [:]
        var qualifierCount = 0
        for table in tables { qualifierCount += table.cells.count }
        qualifiers.reserveCapacity(qualifierCount)
        func qualifier(_ run: ScalarPool.Run) -> (text: String, id: Int) {
            if run.isEmpty { return ("", 0) }
            if let known = qualifiers[run] { return known }
            let text = pool.string(run)
            let entry = (text, qualifierID(text))
            qualifiers[run] = entry
            return entry
        }
        var changeSpans = Set<Span>(minimumCapacity: claims.changes.count)
        for index in claims.changes.indices { changeSpans.insert(claims.changes[index].change.span) }
        var facts: [Fact] = []
        // Room for every quantity at once: regrowing copies the facts built so far.
        var capacity = 0
        capacity += quantities.count
        for table in tables { capacity += table.cells.count * table.columnCount }
        facts.reserveCapacity(capacity)
        for p in paragraphs.indices {
            let first = paragraphs[p].quantities.lowerBound
            for i in paragraphs[p].quantities {
                let ref = QuantityRef(paragraph: p, index: i - first)
                let relabel = claims.relabelled.isEmpty ? nil : claims.relabelled[ref]
                // Most quantities name no measure: they are passed over before being copied.
                guard relabel.map({ $0.measure != nil }) ?? (quantities[i].label.measure != nil),
                    changeSpans.isEmpty || !changeSpans.contains(quantities[i].span)
                else { continue }
                var quantity = quantities[i]
                if let relabel { quantity.label = relabel }
                guard let measure = quantity.label.measure else { continue }
                // A part that names its own measure ("其中初级“双师型”教师 135 人") is that measure's fact wherever it
                // is listed, so no total it sits under is part of its key (and only parts with a measure get here).
                let parent = ""
                // A figure of another institution named in the sentence is that institution's.
                var (qualifier, id) = qualifier(quantity.label.qualifier)
                if let entity = quantity.entity.map(pool.string), !qualifier.contains(entity) {
                    qualifier = entity + "·" + qualifier
                    id = qualifierID(qualifier)
                }
                let key = FactKey(
                    measure: measures[measure].id, qualifier: qualifier, parent: parent,
                    year: quantity.year ?? reportYear)
                facts.append(Fact(key: key, quantity: quantity, inTable: false, qualifierID: id))
            }
        }
        for table in tables {
            for row in table.cells {
                for cell in row {
                    guard case .number(let quantity) = cell, let measure = quantity.label.measure else { continue }
                    let (qualifier, id) = qualifier(quantity.label.qualifier)
                    let key = FactKey(
                        measure: measures[measure].id, qualifier: qualifier, parent: "",
                        year: quantity.year ?? reportYear)
                    facts.append(Fact(key: key, quantity: quantity, inTable: true, qualifierID: id))
                }
            }
        }
        facts.sort { $0.quantity.span.start < $1.quantity.span.start }
        // Each key is hashed once: the checks that walk the facts read the group numbers instead. Facts are
        // grouped by the measure's index, not its id (a string hashed for every fact); the keys by id are filled
        // in once per group. The measure, qualifier and year are numbered densely and packed into one integer:
        // a key of three fields (an optional among them) was hashed field by field for every fact.
        var groups: [[Int]] = []
        var groupOfFact: [Int] = []
        groupOfFact.reserveCapacity(facts.count)
        // By index: iterating the facts themselves would copy every one.
        // Measures of several packs may share an id: each index stands for the one index the lexicon keeps for it.
        var canonical = [Int](repeating: -1, count: measures.count)
        // The years of the facts, numbered in order of appearance (a handful: a linear search finds them).
        var years: [Int?] = []
        var yearOfFact: [Int] = []
        yearOfFact.reserveCapacity(facts.count)
        for index in facts.indices {
            let year = facts[index].key.year
            var slot = 0
            while slot < years.count, years[slot] != year { slot += 1 }
            if slot == years.count { years.append(year) }
            yearOfFact.append(slot)
        }
        let qualifierIDCount = qualifierIDs.count
        var groupByPackedKey: [Int: Int] = [:]
        groupByPackedKey.reserveCapacity(facts.count)
        for index in facts.indices {
            let count = groups.count
            let measure = facts[index].quantity.label.measure ?? 0
            if canonical[measure] < 0 {
                canonical[measure] = lexicon.measureIndex(id: measures[measure].id) ?? measure
            }
            let key =
                (canonical[measure] * qualifierIDCount + facts[index].qualifierID) * years.count + yearOfFact[index]
            let group = groupByPackedKey[key, default: count]
            if group == count {
                groupByPackedKey[key] = group
                groups.append([index])
            } else {
                groups[group].append(index)
            }
            groupOfFact.append(group)
        }
        var groupByKey: [FactKey: Int] = [:]
        groupByKey.reserveCapacity(groups.count)
        for group in groups.indices { groupByKey[facts[groups[group][0]].key] = group }
        let agreed: [Int?] = groups.map { indices in
            let first = facts[indices[0]].quantity.interval
            return indices.allSatisfy({ facts[$0].quantity.interval.intersects(first) }) ? indices[0] : nil
        }
        self.facts = facts
        self.groupOfFact = groupOfFact
        self.groups = groups
        self.groupByKey = groupByKey
        self.agreed = agreed
    }

    /// The keys that have facts, in the order of their first fact.
    public var keys: [FactKey] { groups.map { facts[$0[0]].key } }

    public func facts(for key: FactKey) -> [Fact] {
        (groupByKey[key].map { groups[$0] } ?? []).map { facts[$0] }
    }

    /// The one value stated for a key: nil when there is none or the statements disagree.
    public func agreedValue(for key: FactKey) -> Quantity? {
        groupByKey[key].flatMap { agreed[$0] }.map { facts[$0].quantity }
    }

    /// The agreed value of a group (see `agreedValue(for:)`).
    func agreedValue(group: Int) -> Quantity? {
        agreed[group].map { facts[$0].quantity }
    }

    /// The figure of a measure (plain, not a part) for a year: the nearest one before `quantity` in the same
    /// block, else the one value the document agrees on.
    public func value(measure: String, year: Int?, near quantity: Quantity) -> Quantity? {
        let key = FactKey(measure: measure, qualifier: "", parent: "", year: year)
        guard let group = groupByKey[key] else { return nil }
        let indices = groups[group]
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
        return agreedValue(group: group)
    }
}
