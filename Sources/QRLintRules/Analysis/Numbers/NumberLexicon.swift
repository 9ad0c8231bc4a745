import QRLintCore

/// The units, measures and partition families of the rule packs, indexed once per lint for the scanner:
/// units by their first scalar (longest spelling first), measure labels by their text.
public struct NumberLexicon: Sendable {
    /// The tables live in one immutable object, so the copies every scanner and finder keeps cost one retain.
    private final class Storage: Sendable {
        let units: [UnitEntry]
        let measures: [MeasureEntry]
        let families: [PartitionFamily]
        let unitSpellings: UnitSpellings
        let labelTrie: ScalarTrie
        let measureIndexByID: [String: Int]
        let familySpellings: [[(member: String, spelling: [Unicode.Scalar])]]
        let familySpellingFirsts: [ScalarBitSet]
        let familySpellingMembers: [[Int]]
        let familyCoverMembers: [[[Int]]]
        let baseUnitNames: [String]
        let baseUnitOfUnit: [Int]
        let unitOfMeasure: [Int?]
        let unitScalars: [Unicode.Scalar?]
        /// `isWithin` for every pair of measures, row by row (inner × outer).
        let within: [Bool]

        init(
            units: [UnitEntry], measures: [MeasureEntry], families: [PartitionFamily], unitSpellings: UnitSpellings,
            labelTrie: ScalarTrie,
            measureIndexByID: [String: Int], familySpellings: [[(member: String, spelling: [Unicode.Scalar])]],
            familySpellingFirsts: [ScalarBitSet], familySpellingMembers: [[Int]], familyCoverMembers: [[[Int]]],
            baseUnitNames: [String], baseUnitOfUnit: [Int], unitOfMeasure: [Int?],
            unitScalars: [Unicode.Scalar?], within: [Bool]
        ) {
            self.units = units
            self.measures = measures
            self.families = families
            self.unitSpellings = unitSpellings
            self.labelTrie = labelTrie
            self.measureIndexByID = measureIndexByID
            self.familySpellings = familySpellings
            self.familySpellingFirsts = familySpellingFirsts
            self.familySpellingMembers = familySpellingMembers
            self.familyCoverMembers = familyCoverMembers
            self.baseUnitNames = baseUnitNames
            self.baseUnitOfUnit = baseUnitOfUnit
            self.unitOfMeasure = unitOfMeasure
            self.unitScalars = unitScalars
            self.within = within
        }
    }

    private let storage: Storage

    public var units: [UnitEntry] { storage.units }
    public var measures: [MeasureEntry] { storage.measures }
    public var families: [PartitionFamily] { storage.families }
    /// The unit spellings by their first scalar (longest first), asked after every number.
    private var unitSpellings: UnitSpellings { storage.unitSpellings }
    /// Measure labels reversed, so the longest label ending a phrase is found in one walk back over it.
    private var labelTrie: ScalarTrie { storage.labelTrie }
    private var measureIndexByID: [String: Int] { storage.measureIndexByID }
    /// Each family's member spellings as scalars, longest first.
    var familySpellings: [[(member: String, spelling: [Unicode.Scalar])]] { storage.familySpellings }
    /// Each family's first scalars of its spellings: a label with none of them names no member.
    var familySpellingFirsts: [ScalarBitSet] { storage.familySpellingFirsts }
    /// The member each spelling of `familySpellings` names, as the index of the family's first member of that
    /// name: members are told apart by number, not by comparing and hashing their Chinese names.
    var familySpellingMembers: [[Int]] { storage.familySpellingMembers }
    /// Each family's covers as member indices (as in `familySpellingMembers`).
    var familyCoverMembers: [[[Int]]] { storage.familyCoverMembers }

    /// The distinct base units of the units and measures ("元", "人", "%"): quantities hold a base unit as its
    /// index here, so they are compared as numbers and copied without a string.
    public var baseUnitNames: [String] { storage.baseUnitNames }
    /// The base unit of each unit of `units`, as an index in `baseUnitNames`.
    var baseUnitOfUnit: [Int] { storage.baseUnitOfUnit }
    /// The unit of each measure of `measures`, as an index in `baseUnitNames`.
    var unitOfMeasure: [Int?] { storage.unitOfMeasure }
    /// The name of each unit of `units` when it is one scalar ("个"), else nil.
    var unitScalars: [Unicode.Scalar?] { storage.unitScalars }

    /// The name of a base unit id (see `baseUnitNames`).
    public func baseUnitName(_ id: Int?) -> String? { id.map { baseUnitNames[$0] } }

    /// The id of a base unit name, when a unit or measure has it.
    public func baseUnit(named name: String) -> Int? { baseUnitNames.firstIndex(of: name) }

    public init(packs: RulePacks) {
        self.init(
            measurePacks: packs.all(MeasurePack.self), families: packs.all(PartitionFamily.self))
    }

    init(measurePacks: [MeasurePack], families: [PartitionFamily]) {
        let units = measurePacks.flatMap(\.units)
        let measures = measurePacks.flatMap(\.measures)
        // The spellings in the order of the list, then grouped by first scalar, longest first within a group
        // (the order of the list among equally long ones). Sorted, not gathered in a dictionary keyed by scalar:
        // such a dictionary had the runtime look up the scalar's `Hashable` conformance, a search of every
        // conformance in the program.
        var listed: [(first: UInt32, spelling: [Unicode.Scalar], unit: Int, order: Int)] = []
        for (index, unit) in units.enumerated() {
            for spelling in [unit.name] + unit.aliases {
                let scalars = Array(spelling.unicodeScalars)
                guard let first = scalars.first else { continue }
                listed.append((first.value, scalars, index, listed.count))
            }
        }
        listed.sort {
            ($0.first, -$0.spelling.count, $0.order) < ($1.first, -$1.spelling.count, $1.order)
        }
        var firsts: [UInt32] = []
        for entry in listed where firsts.last != entry.first { firsts.append(entry.first) }
        var spellings = UnitSpellings(firsts: ScalarIndex(firsts))
        for (k, entry) in listed.enumerated() {
            if k > 0, listed[k - 1].first != entry.first { spellings.groupStarts.append(spellings.units.count) }
            spellings.scalars += entry.spelling
            spellings.starts.append(spellings.scalars.count)
            spellings.units.append(entry.unit)
        }
        if !listed.isEmpty { spellings.groupStarts.append(spellings.units.count) }
        var trie = ScalarTrie()
        var byID: [String: Int] = [:]
        for (index, measure) in measures.enumerated() {
            byID[measure.id] = index
            for label in measure.labels {
                let key = Array(LabelText.normalize(Array(label.unicodeScalars)).unicodeScalars)
                // The first pack to claim a label keeps it: packs are sorted by id, so this is deterministic.
                trie.insert(key.reversed(), value: index)
            }
        }
        trie.finish()
        var familyCoverMembers: [[[Int]]] = []
        let familyEntries = families.map { family in
            var indexByName: [String: Int] = [:]
            for (index, member) in family.members.enumerated() where indexByName[member.name] == nil {
                indexByName[member.name] = index
            }
            familyCoverMembers.append(family.covers.map { cover in cover.map { indexByName[$0] ?? -1 } })
            return family.members.flatMap { member in
                member.spellings.map { (member.name, Array($0.unicodeScalars), indexByName[member.name]!) }
            }
            .sorted { $0.1.count > $1.1.count }
        }
        var baseUnitNames: [String] = []
        var baseUnitIDs: [String: Int] = [:]
        func baseUnitID(_ name: String) -> Int {
            if let id = baseUnitIDs[name] { return id }
            baseUnitIDs[name] = baseUnitNames.count
            baseUnitNames.append(name)
            return baseUnitNames.count - 1
        }
        let baseUnitOfUnit = units.map { baseUnitID($0.base) }
        let unitOfMeasure = measures.map { $0.unit.map(baseUnitID) }
        let familySpellings = familyEntries.map { entries in entries.map { (member: $0.0, spelling: $0.1) } }
        self.storage = Storage(
            units: units, measures: measures, families: families, unitSpellings: spellings, labelTrie: trie,
            measureIndexByID: byID,
            familySpellings: familySpellings,
            familySpellingFirsts: familySpellings.map { ScalarBitSet($0.compactMap { $0.1.first?.value }) },
            familySpellingMembers: familyEntries.map { entries in entries.map(\.2) },
            familyCoverMembers: familyCoverMembers, baseUnitNames: baseUnitNames, baseUnitOfUnit: baseUnitOfUnit,
            unitOfMeasure: unitOfMeasure,
            unitScalars: units.map { $0.name.unicodeScalars.count == 1 ? $0.name.unicodeScalars.first : nil },
            within: Self.withinTable(measures, indexByID: byID))
    }

    /// The unit written at `i` (no space skipped): its index in `units` and the index after it.
    func unit(in s: [Unicode.Scalar], at i: Int, limit: Int) -> (unit: Int, end: Int)? {
        // Asked of the stored value in place: a copy of it retained each of its arrays.
        storage.unitSpellings.unit(in: s, at: i, limit: limit)
    }

    /// Scalars after a unit (`count` scalars from `first` to `last`) that show it was the start of another word.
    static func continuesWord(
        _ s: [Unicode.Scalar], first: Unicode.Scalar, last: Unicode.Scalar, count: Int, at end: Int, limit: Int
    ) -> Bool {
        guard end < limit else { return false }
        let next = s[end]
        if NumberScalars.isLatinLetter(last), NumberScalars.isLatinLetter(next) { return true }
        // Only one-scalar units run on into words; a switch on the scalar spares comparing arrays.
        guard count == 1 else { return false }
        switch first {
        case "个": return next == "月" || next == "学" && end + 1 < limit && s[end + 1] == "期"
        case "人": return next == "民" || next == "才" || next == "员" || next == "生" || next == "工"
        case "名": return next == "师" || next == "校" || next == "家" || next == "单" || next == "额" || next == "称"
        case "家": return next == "长" || next == "庭" || next == "乡"
        case "门": return next == "类" || next == "户"
        case "所": return next == "属" || next == "在" || next == "有" || next == "学" || next == "长"
        case "部": return next == "门" || next == "分" || next == "署"
        case "类": return next == "型" || next == "别"
        case "次": return next == "数" || next == "序" || next == "产"
        case "场": return next == "所" || next == "地" || next == "景" || next == "馆"
        case "项": return next == "目"
        case "条": return next == "件" || next == "例"
        case "本": return next == "科" || next == "地" || next == "校" || next == "市" || next == "区" || next == "领"
        case "位": return next == "于" || next == "置"
        case "台": return next == "阶"
        case "张": return false
        case "种": return next == "植" || next == "类"
        case "间": return next == "隔"
        case "处": return next == "理" || next == "置"
        default: return false
        }
    }

    /// The measure a normalised label names, by the longest known label at its end, and what stays in front
    /// of it (the qualifier). Nil when no known label ends it.
    func measure(endingLabel label: ArraySlice<Unicode.Scalar>) -> (measure: Int, labelLength: Int)? {
        guard let (index, length) = labelTrie.longestMatch(endingAt: label) else { return nil }
        return (index, length)
    }

    /// `measure(endingLabel: label[range])`, read in place.
    func measure(endingLabel label: [Unicode.Scalar], _ range: Range<Int>) -> (measure: Int, labelLength: Int)? {
        guard let (index, length) = labelTrie.longestMatch(endingAt: label, range) else { return nil }
        return (index, length)
    }

    public func measureIndex(id: String) -> Int? { measureIndexByID[id] }

    /// `inner` is declared (directly or through others) within `outer` in the measure packs.
    public func isWithin(_ inner: String, _ outer: String) -> Bool {
        var seen = Set<String>()
        var queue = [inner]
        while let current = queue.popLast() {
            guard seen.insert(current).inserted, let index = measureIndexByID[current] else { continue }
            // The list is read in place: copying the whole entry cost more than the search.
            let within = measures[index].within
            if within.contains(outer) { return true }
            queue += within
        }
        return false
    }

    /// `isWithin` by measure index, read from the table built with the lexicon (the search by name hashed the
    /// ids of every measure on the way).
    func isWithin(_ inner: Int, _ outer: Int) -> Bool { storage.within[inner * storage.measures.count + outer] }

    /// `isWithin(measures[i].id, measures[k].id)` at `i * count + k`.
    private static func withinTable(_ measures: [MeasureEntry], indexByID: [String: Int]) -> [Bool] {
        let count = measures.count
        var table = [Bool](repeating: false, count: count * count)
        var indicesByID: [String: [Int]] = [:]
        for (index, measure) in measures.enumerated() { indicesByID[measure.id, default: []].append(index) }
        for inner in 0..<count {
            // The measures reached from `inner` through `within`, as `isWithin` walks them.
            var seen = Set<String>()
            var queue = [measures[inner].id]
            while let current = queue.popLast() {
                guard seen.insert(current).inserted, let index = indexByID[current] else { continue }
                for outer in measures[index].within {
                    for k in indicesByID[outer] ?? [] { table[inner * count + k] = true }
                }
                queue += measures[index].within
            }
        }
        return table
    }

    public func measure(id: String) -> MeasureEntry? { measureIndexByID[id].map { measures[$0] } }

    /// The display name of a measure, without copying its entry (messages name a measure for every finding).
    public func measureName(id: String) -> String? { measureIndexByID[id].map { measures[$0].name } }
}
