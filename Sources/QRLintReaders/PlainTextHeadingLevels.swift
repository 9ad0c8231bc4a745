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
    private var lastArabic: [Int]?
    /// The last value of each non-arabic scheme, by `slot(of:)`: a dictionary keyed by the style hashed
    /// its raw string on every heading.
    private var lastValues: [Int?] = Array(repeating: nil, count: 5)

    private static func slot(of style: HeadingNumber.Style) -> Int {
        switch style {
        case .arabic: 0
        case .chinese: 1
        case .parenthesizedChinese: 2
        case .parenthesizedArabic: 3
        case .chapter: 4
        }
    }

    /// Registers a heading and returns its level; an unnumbered heading (nil) is level 1 and not registered.
    mutating func level(for number: HeadingNumber?) -> Int {
        guard let number else { return 1 }
        return level(for: number)
    }

    /// Registers a heading and returns its level.
    mutating func level(for number: HeadingNumber) -> Int {
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
            lastArabic = number.components
        } else if let value = number.components.first {
            lastValues[Self.slot(of: number.style)] = value
        }
        return level
    }

    /// "2.《职业学校学生实习管理规定》…" inside chapter 6: a top-level arabic number smaller than the
    /// current chapter's is a numbered list item, not a chapter.
    func isListItemGoingBack(_ number: HeadingNumber) -> Bool {
        guard number.style == .arabic, number.components.count == 1, schemes.first == .arabic,
            let chapter = lastArabic?.first
        else { return false }
        return number.components[0] < chapter
    }

    /// Whether the number comes next in its scheme: "2.6" or "3" or "2.5.1" after "2.5"; "二、" after "一、";
    /// any scheme may start again at 1.
    func isNext(_ number: HeadingNumber) -> Bool {
        guard let value = number.components.first else { return false }
        guard number.style == .arabic else {
            return value == 1 || value == (lastValues[Self.slot(of: number.style)] ?? 0) + 1
        }
        let components = number.components
        guard let last = lastArabic else { return components.allSatisfy { $0 == 1 } }
        if components.count == last.count + 1, Array(components.prefix(last.count)) == last, components.last == 1 {
            return true
        }
        guard components.count <= last.count else { return false }
        let k = components.count
        return Array(components.prefix(k - 1)) == Array(last.prefix(k - 1)) && components[k - 1] == last[k - 1] + 1
    }
}
