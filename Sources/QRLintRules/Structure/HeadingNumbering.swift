import QRLintCore

/// Heading numbers with gaps, duplicates, a wrong parent prefix or a skipped level.
public struct HeadingNumbering: Rule {
    public static let description = RuleDescription(
        id: "structure.numbering",
        defaultSeverity: .warning,
        summary: "标题编号不连续、重复、与上级不符或跳级",
        rationale: """
            标题编号是目录和审核定位的依据。删改章节后常留下断号（2.3 之后是 2.5）、重号、放错位置的小节（“3.1”出现在第 2 章下）\
            或跳级（“1”之下直接是“1.1.1”）。同级标题按各自的编号体例（1/1.1、一、（一）……）检查；案例内的“一、二、三”\
            每个案例可重新从一开始。
            """,
        triggering: [
            RuleExample(
                """
                # 1 学校概况
                ## 1.1 基本情况
                正文。
                ## 1.2 办学条件
                正文。
                ## ⟦1.4⟧ 专业设置
                正文。
                """, messageContains: "缺少“1.3”"),
            RuleExample(
                """
                # 1 学校概况
                正文。
                # ⟦1⟧ 人才培养
                正文。
                """, messageContains: "重复"),
            RuleExample(
                """
                # 1 学校概况
                正文。
                # 2 人才培养
                ## ⟦3.1⟧ 立德树人
                正文。
                """, messageContains: "上级"),
            RuleExample(
                """
                # 1 学校概况
                ### ⟦1.1.1⟧ 学校沿革
                正文。
                """, messageContains: "跳"),
        ],
        nonTriggering: [
            RuleExample(
                """
                # 1 学校概况
                ## 1.1 基本情况
                正文。
                ## 1.2 办学条件
                正文。
                # 2 人才培养
                ## 2.1 立德树人
                典型案例1：红色教育
                ### 一、背景与目的
                正文。
                ### 二、具体举措
                正文。
                典型案例2：劳动教育
                ### 一、背景与目的
                正文。
                """)
        ]
    )

    public init() {}

    public func check(_ context: LintContext) -> [Finding] {
        let sections = context.outline.sections
        let topStyle = context.outline.chapters.lazy.compactMap { sections[$0].numberStyle }.first
        // The top-level headings, then each section's children; a group without two numbered headings is
        // skipped before any work (most sections have no children).
        // One findings array and one scratch list for every group: a list per group cost an allocation and a
        // release for each section with children.
        var findings: [Finding] = []
        var previous: [(key: Key, value: Int, section: Int)] = []
        checkSiblings(
            sections.indices.filter { sections[$0].parent == nil }, sections: sections, topStyle: topStyle,
            previous: &previous, into: &findings)
        for index in sections.indices where !sections[index].children.isEmpty {
            checkSiblings(
                sections[index].children, sections: sections, topStyle: topStyle, previous: &previous,
                into: &findings)
        }
        return findings.sorted { $0.span < $1.span }
    }

    private struct Key: Hashable {
        var style: HeadingNumber.Style
        var depth: Int
    }

    /// Appends the group's findings to `findings`.
    /// - Parameter previous: scratch space: the last section of each style and depth, with its last component (a
    ///   few entries, searched in place of a dictionary). Emptied here first.
    private func checkSiblings(
        _ group: [Int], sections: [Outline.Section], topStyle: HeadingNumber.Style?,
        previous: inout [(key: Key, value: Int, section: Int)], into findings: inout [Finding]
    ) {
        previous.removeAll(keepingCapacity: true)
        // Numbers are read in place and bound only to report (a `HeadingNumber` copy retains its array and
        // string, and most headings are in sequence).
        for index in group {
            guard let style = sections[index].numberStyle else { continue }
            let parent = sections[index].parent
            let parentStyle = parent.flatMap { sections[$0].numberStyle }
            let facts = sections[index].numberFacts
            if style == .arabic, parentStyle == .arabic, let parent {
                // Most subsections extend their parent's number by one: told from the facts, in place.
                let parentFacts = sections[parent].numberFacts
                let extends = facts.depth < parentFacts.depth + 1 || facts.extends(parentFacts) == true
                if !extends,
                    let problem = prefixProblem(
                        sections[index].heading.number!, parent: sections[parent].heading.number!)
                {
                    findings.append(Finding(message: problem, span: sections[index].heading.number!.span))
                    continue
                }
            }
            let key = Key(style: style, depth: facts.depth)
            let value = facts.last
            guard let slot = previous.firstIndex(where: { $0.key == key }) else {
                previous.append((key, value, index))
                if value > 1, style == .arabic, parentStyle == .arabic || key.depth == 1 {
                    let number = sections[index].heading.number!
                    let expected = expectedText(number, value: 1)
                    findings.append(Finding(message: "标题编号“\(number.text)”前缺少“\(expected)”", span: number.span))
                }
                continue
            }
            let (lastValue, lastSection) = (previous[slot].value, previous[slot].section)
            previous[slot] = (key, value, index)
            // in sequence; or a new list (the 一、二、三 of the next case)
            if value == lastValue + 1 || (value == 1 && style != topStyle) { continue }
            let number = sections[index].heading.number!
            let last = sections[lastSection].heading.number!
            let note = Note(message: "上一个同级标题在此", span: sections[lastSection].span)
            if value == lastValue {
                findings.append(Finding(message: "标题编号“\(number.text)”重复", span: number.span, notes: [note]))
            } else if value > lastValue + 1 {
                let missing = (lastValue + 1..<value).map { expectedText(number, value: $0) }
                let list = missing.prefix(3).map { "“\($0)”" }.joined(separator: "、") + (missing.count > 3 ? "等" : "")
                let message = "标题编号不连续：“\(last.text)”之后是“\(number.text)”，缺少\(list)"
                findings.append(Finding(message: message, span: number.span, notes: [note]))
            } else {
                let message = "标题编号“\(number.text)”排在“\(last.text)”之后，顺序倒置"
                findings.append(Finding(message: message, span: number.span, notes: [note]))
            }
        }
    }

    /// An arabic number must extend its arabic parent's number by exactly one component.
    private func prefixProblem(_ number: HeadingNumber, parent: HeadingNumber?) -> String? {
        guard let parent, parent.style == .arabic else { return nil }
        let depth = number.components.count
        if depth > parent.components.count + 1 {
            return "标题层级跳跃：“\(number.text)”直接位于“\(parent.text)”之下，中间缺少一级"
        }
        if depth == parent.components.count + 1, !number.components.dropLast().elementsEqual(parent.components) {
            return "标题编号“\(number.text)”与上级标题“\(parent.text)”不符"
        }
        return nil
    }

    /// The number as it would be written with its last component replaced.
    private func expectedText(_ number: HeadingNumber, value: Int) -> String {
        switch number.style {
        case .arabic:
            return (number.components.dropLast() + [value]).map(String.init).joined(separator: ".")
        case .chinese:
            return ChineseNumerals.text(value) + "、"
        case .parenthesizedChinese:
            return "（\(ChineseNumerals.text(value))）"
        case .parenthesizedArabic:
            return "（\(value)）"
        case .chapter:
            return "第\(ChineseNumerals.text(value))章"
        }
    }
}

/// 1 → 一, 12 → 十二, 23 → 二十三.
enum ChineseNumerals {
    private static let digits = ["零", "一", "二", "三", "四", "五", "六", "七", "八", "九"]

    static func text(_ value: Int) -> String {
        guard value > 0, value < 100 else { return String(value) }
        if value < 10 { return digits[value] }
        let tens = value / 10
        let ones = value % 10
        return (tens == 1 ? "" : digits[tens]) + "十" + (ones == 0 ? "" : digits[ones])
    }
}
