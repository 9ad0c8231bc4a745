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
    /// The groups by their packed key (see `packedKey`), and what it is packed from: the measures' indices by
    /// id, the qualifiers' numbers by text, the years in order of appearance. Keys of integers only: a
    /// dictionary keyed by a type of its own had the runtime look up its `Hashable` conformance the first time,
    /// a search of every conformance in the program.
    private let groupByPackedKey: [Int: Int]
    private let measureOfID: [String: Int]
    private let qualifierIDs: [String: Int]
    private let years: [Int?]
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
        // The rows of a table share their qualifier: each text is built (and numbered) once. Found by the run's
        // bounds packed into one integer, kept in a list.
        var qualifierOfRun: [Int: Int] = [:]
        var runQualifiers: [(text: String, id: Int)] = []
        var qualifierCount = 0
        for table in tables { qualifierCount += table.cells.count }
        qualifierOfRun.reserveCapacity(qualifierCount)
        func qualifier(_ run: ScalarPool.Run) -> (text: String, id: Int) {
            if run.isEmpty { return ("", 0) }
            let packed = Int(run.lower) << 32 | Int(run.upper)
            if let known = qualifierOfRun[packed] { return runQualifiers[known] }
            let text = pool.string(run)
            let entry = (text, qualifierID(text))
            qualifierOfRun[packed] = runQualifiers.count
            runQualifiers.append(entry)
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
        var measureOfID: [String: Int] = [:]
        var groupByPackedKey: [Int: Int] = [:]
        groupByPackedKey.reserveCapacity(facts.count)
        for index in facts.indices {
            let count = groups.count
            let measure = facts[index].quantity.label.measure ?? 0
            if canonical[measure] < 0 {
                canonical[measure] = lexicon.measureIndex(id: measures[measure].id) ?? measure
                measureOfID[measures[measure].id] = canonical[measure]
            }
            let key = Self.packedKey(
                measure: canonical[measure], qualifier: facts[index].qualifierID, year: yearOfFact[index],
                qualifierCount: qualifierIDCount, yearCount: years.count)
            let group = groupByPackedKey[key, default: count]
            if group == count {
                groupByPackedKey[key] = group
                groups.append([index])
            } else {
                groups[group].append(index)
            }
            groupOfFact.append(group)
        }
        let agreed: [Int?] = groups.map { indices in
            let first = facts[indices[0]].quantity.interval
            return indices.allSatisfy({ facts[$0].quantity.interval.intersects(first) }) ? indices[0] : nil
        }
        self.facts = facts
        self.groupOfFact = groupOfFact
        self.groups = groups
        self.groupByPackedKey = groupByPackedKey
        self.measureOfID = measureOfID
        self.qualifierIDs = qualifierIDs
        self.years = years
        self.agreed = agreed
    }

    /// One integer for a measure's index, a qualifier's number and a year's place, each below its count.
    private static func packedKey(measure: Int, qualifier: Int, year: Int, qualifierCount: Int, yearCount: Int) -> Int {
        (measure * qualifierCount + qualifier) * yearCount + year
    }

    /// The group of a key, or nil when no fact has it. Every fact's key has an empty parent.
    private func group(of key: FactKey) -> Int? {
        guard key.parent.isEmpty, let measure = measureOfID[key.measure], let qualifier = qualifierIDs[key.qualifier]
        else { return nil }
        return group(measure: measure, qualifier: qualifier, year: key.year)
    }

    /// The group of a measure key (see `measureKey(id:)`), a qualifier's number and a year.
    private func group(measure: Int, qualifier: Int, year key: Int?) -> Int? {
        var year = 0
        while year < years.count, years[year] != key { year += 1 }
        guard year < years.count else { return nil }
        return groupByPackedKey[
            Self.packedKey(
                measure: measure, qualifier: qualifier, year: year, qualifierCount: qualifierIDs.count,
                yearCount: years.count)]
    }

    /// The keys that have facts, in the order of their first fact.
    public var keys: [FactKey] { groups.map { facts[$0[0]].key } }

    public func facts(for key: FactKey) -> [Fact] {
        (group(of: key).map { groups[$0] } ?? []).map { facts[$0] }
    }

    /// The one value stated for a key: nil when there is none or the statements disagree.
    public func agreedValue(for key: FactKey) -> Quantity? {
        group(of: key).flatMap { agreed[$0] }.map { facts[$0].quantity }
    }

    /// `agreedValue(for:)` of the plain measure (no qualifier, no parent) of a key from `measureKey(id:)`: no key
    /// of strings built and hashed.
    func agreedValue(measureKey measure: Int, year: Int?) -> Quantity? {
        group(measure: measure, qualifier: 0, year: year).flatMap { agreed[$0] }.map { facts[$0].quantity }
    }

    /// The agreed value of a group (see `agreedValue(for:)`).
    func agreedValue(group: Int) -> Quantity? {
        agreed[group].map { facts[$0].quantity }
    }

    /// The figure of a measure (plain, not a part) for a year: the nearest one before `quantity` in the same
    /// block, else the one value the document agrees on.
    public func value(measure: String, year: Int?, near quantity: Quantity) -> Quantity? {
        guard let measure = measureKey(id: measure) else { return nil }
        return value(measureKey: measure, year: year, near: quantity)
    }

    /// The number the index groups a measure's facts by, for `value(measureKey:year:near:)`; nil when no fact
    /// states the measure. Checks that ask for the same measures over and over look each id up once.
    func measureKey(id: String) -> Int? { measureOfID[id] }

    /// `value(measure:year:near:)` of a measure looked up with `measureKey(id:)`: hashing the id (and building a
    /// key of strings) for every stated value cost more than the search. The plain measure's qualifier is
    /// number 0 ("").
    func value(measureKey measure: Int, year: Int?, near quantity: Quantity) -> Quantity? {
        guard let group = group(measure: measure, qualifier: 0, year: year) else { return nil }
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
