/// `w:numPr` on a paragraph or style: which list (`numId`, 0 = none) and which level.
struct DocxNumberingReference: Sendable, Hashable {
    var numID: Int?
    var level: Int?

    init(numID: Int?, level: Int?) {
        self.numID = numID
        self.level = level
    }

    init?(_ tree: DocxXMLTree, paragraphProperties: Int) {
        guard let numPr = tree.child(paragraphProperties, "numPr") else { return nil }
        numID = tree.intValue(numPr, "numId")
        level = tree.intValue(numPr, "ilvl")
        if numID == nil, level == nil { return nil }
    }
}

/// The list definitions of `word/numbering.xml`: abstract lists with their levels, and the list
/// instances (`w:num`) paragraphs point at, with their overrides.
struct DocxNumbering: Sendable {
    struct Level: Sendable {
        var start = 1
        /// `w:numFmt`: decimal, chineseCounting, ideographTraditional, bullet, none …
        var format = "decimal"
        /// `w:lvlText`: "%1.%2", "%1、", "（%1）", "第%1章".
        var text = ""
        /// `w:lvlRestart`, 1-based: the level whose use restarts this one; 0 never; nil any higher level.
        var restart: Int?
        /// `w:isLgl`: every level shown as a decimal.
        var isLegal = false
        /// `w:pStyle`: the paragraph style this level belongs to.
        var styleID: String?
    }

    struct Abstract: Sendable {
        var levels: [Int: Level] = [:]
        /// `w:numStyleLink`: the definition lives with the numbering of this style.
        var styleLink: String?
    }

    struct Instance: Sendable {
        var abstractID: Int
        var startOverrides: [Int: Int] = [:]
        var levelOverrides: [Int: Level] = [:]
    }

    var abstracts: [Int: Abstract] = [:]
    var instances: [Int: Instance] = [:]

    static let empty = DocxNumbering()

    init() {}

    init(_ tree: DocxXMLTree) {
        guard let root = tree.root else { return }
        for node in tree.children(root, "abstractNum") {
            guard let id = tree.attribute(node, "abstractNumId").flatMap({ Int($0) }) else { continue }
            var abstract = Abstract()
            for lvl in tree.children(node, "lvl") {
                guard let ilvl = tree.attribute(lvl, "ilvl").flatMap({ Int($0) }) else { continue }
                abstract.levels[ilvl] = Self.level(tree, lvl)
            }
            abstract.styleLink = tree.childValue(node, "numStyleLink")
            if abstracts[id] == nil { abstracts[id] = abstract }
        }
        for node in tree.children(root, "num") {
            guard let id = tree.attribute(node, "numId").flatMap({ Int($0) }),
                let abstractID = tree.intValue(node, "abstractNumId")
            else { continue }
            var instance = Instance(abstractID: abstractID)
            for override in tree.children(node, "lvlOverride") {
                guard let ilvl = tree.attribute(override, "ilvl").flatMap({ Int($0) }) else { continue }
                if let start = tree.intValue(override, "startOverride") {
                    instance.startOverrides[ilvl] = Self.clampedStart(start)
                }
                if let lvl = tree.child(override, "lvl") { instance.levelOverrides[ilvl] = Self.level(tree, lvl) }
            }
            if instances[id] == nil { instances[id] = instance }
        }
    }

    private static func level(_ tree: DocxXMLTree, _ lvl: Int) -> Level {
        var level = Level()
        if let start = tree.intValue(lvl, "start") { level.start = clampedStart(start) }
        if let format = tree.childValue(lvl, "numFmt") { level.format = format }
        level.text = tree.childValue(lvl, "lvlText") ?? ""
        level.restart = tree.intValue(lvl, "lvlRestart")
        level.isLegal = tree.flag(lvl, "isLgl") ?? false
        level.styleID = tree.childValue(lvl, "pStyle")
        return level
    }

    /// Word allows start values up to 32767; anything else is damage, and must not overflow a counter.
    private static func clampedStart(_ value: Int) -> Int {
        min(max(value, 0), 32767)
    }

    /// The abstract list behind an instance, following one `numStyleLink` through the style's numbering.
    func abstractID(of numID: Int, styles: DocxStyles) -> Int? {
        guard let instance = instances[numID] else { return nil }
        if let link = abstracts[instance.abstractID]?.styleLink,
            let (reference, _) = styles.numbering(link), let linkedNum = reference.numID,
            linkedNum != numID, let linked = instances[linkedNum]
        {
            return linked.abstractID
        }
        return instance.abstractID
    }

    /// A level's definition as an instance sees it (a `w:lvl` inside `w:lvlOverride` replaces it).
    func level(_ level: Int, numID: Int, abstractID: Int) -> Level? {
        instances[numID]?.levelOverrides[level] ?? abstracts[abstractID]?.levels[level]
    }

    /// The level of the abstract list that is linked to a paragraph style (`w:pStyle` inside `w:lvl`).
    func level(linkedTo styleID: String, abstractID: Int) -> Int? {
        abstracts[abstractID]?.levels.filter { $0.value.styleID == styleID }.map(\.key).min()
    }
}
