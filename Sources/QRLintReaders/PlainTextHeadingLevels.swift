import QRLintCore

/// Gives numbered headings their levels from the numbering schemes, in document order.
///
/// The scheme seen first is the top scheme: its depth is the level ("1" → 1, "1.1" → 2). A heading in
/// another scheme nests under the most recent heading of a scheme seen before it: in a report numbered
/// 1 / 1.1 / 1.1.1, a case's "一、背景与目的" after "2.5 教师队伍建设" is level 3; in a report numbered
/// 一、/（一）/1. the levels are 1 / 2 / 3.
///
/// It also remembers the last number of each scheme, so the reader can ask whether a heading-shaped
/// line is the next heading or a list item inside a section.
struct PlainTextHeadingLevels {
    /// Schemes in the order first seen; the index is the rank (0 = top).
    private var schemes: [HeadingNumber.Style] = []
    /// For each rank, the most recent heading's position in document order and level.
    private var recent: [(order: Int, level: Int)?] = []
    private var order = 0
    /// The last arabic number's components, packed as `HeadingNumberParser.Found` packs them.
    private var lastArabic: (packed: UInt64, count: Int)?
    /// The last value of each non-arabic scheme, by `HeadingNumber.Style.slot`: a dictionary keyed by the style
    /// hashed its raw string on every heading.
    private var lastValues: [Int?] = Array(repeating: nil, count: HeadingNumber.Style.slotCount)

    /// What the levels read of a number: plain data, so the text reader asks before it builds the heading
    /// number (and shares no arrays while it does).
    struct Number {
        var style: HeadingNumber.Style
        /// Components, eight bits each, the first in the lowest byte (see `HeadingNumberParser.Found`).
        var packed: UInt64
        var count: Int

        init(style: HeadingNumber.Style, packed: UInt64, count: Int) {
            self.style = style
            self.packed = packed
            self.count = count
        }

        init(_ found: HeadingNumberParser.Found) {
            style = found.style
            packed = found.packed
            count = found.count
        }

        /// Numbers come from `HeadingNumberParser`: at most five components, each at most 99.
        init(_ number: HeadingNumber) {
            style = number.style
            packed = 0
            for (k, component) in number.components.prefix(8).enumerated() {
                packed |= UInt64(UInt8(truncatingIfNeeded: component)) << (8 * UInt64(k))
            }
            count = number.components.count
        }

        var depth: Int { style == .arabic ? count : 1 }
        var first: Int { Int(packed & 0xFF) }
        func component(_ k: Int) -> Int { Int(packed >> (8 * UInt64(k)) & 0xFF) }

        /// The first `k` components.
        func prefix(_ k: Int) -> UInt64 { k >= 8 ? packed : packed & ((1 << (8 * UInt64(k))) - 1) }
    }

    /// Registers a heading and returns its level; an unnumbered heading (nil) is level 1 and not registered.
    mutating func level(for number: HeadingNumber?) -> Int {
        guard let number else { return 1 }
        return level(for: Number(number))
    }

    mutating func level(for number: HeadingNumber) -> Int { level(for: Number(number)) }

    func isListItemGoingBack(_ number: HeadingNumber) -> Bool { isListItemGoingBack(Number(number)) }

    func isNext(_ number: HeadingNumber) -> Bool { isNext(Number(number)) }

    /// Registers a heading and returns its level.
    mutating func level(for number: Number) -> Int {
        let rank: Int
        if let known = schemes.firstIndex(of: number.style) {
            rank = known
        } else {
            schemes.append(number.style)
            recent.append(nil)
            rank = schemes.count - 1
        }
        var parentLevel = 0
        var parentOrder = -1
        for higher in 0..<rank {
            if let entry = recent[higher], entry.order > parentOrder {
                parentOrder = entry.order
                parentLevel = entry.level
            }
        }
        let level = parentLevel + number.depth
        recent[rank] = (order, level)
        order += 1
        if number.style == .arabic {
            lastArabic = (number.packed, number.count)
        } else if number.count > 0 {
            lastValues[number.style.slot] = number.first
        }
        return level
    }

    /// "2.《职业学校学生实习管理规定》…" inside chapter 6: a top-level arabic number smaller than the
    /// current chapter's is a numbered list item, not a chapter.
    func isListItemGoingBack(_ number: Number) -> Bool {
        guard number.style == .arabic, number.count == 1, schemes.first == .arabic, let last = lastArabic,
            last.count > 0
        else { return false }
        return number.first < Int(last.packed & 0xFF)
    }

    /// Whether the number comes next in its scheme: "2.6" or "3" or "2.5.1" after "2.5"; "二、" after "一、";
    /// any scheme may start again at 1.
    func isNext(_ number: Number) -> Bool {
        guard number.count > 0 else { return false }
        let value = number.first
        guard number.style == .arabic else {
            return value == 1 || value == (lastValues[number.style.slot] ?? 0) + 1
        }
        guard let lastArabic else {
            return (0..<number.count).allSatisfy { number.component($0) == 1 }
        }
        let last = Number(style: .arabic, packed: lastArabic.packed, count: lastArabic.count)
        if number.count == last.count + 1, number.prefix(last.count) == last.packed,
            number.component(number.count - 1) == 1
        {
            return true
        }
        guard number.count <= last.count else { return false }
        let k = number.count
        return number.prefix(k - 1) == last.prefix(k - 1) && number.component(k - 1) == last.component(k - 1) + 1
    }
}
