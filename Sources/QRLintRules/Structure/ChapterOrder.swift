import QRLintCore

/// Chapters appear in another order than the template's (概况 first, 面临挑战 last).
public struct ChapterOrder: Rule {
    public static let description = RuleDescription(
        id: "structure.order",
        defaultSeverity: .info,
        summary: "章节顺序与模板不同",
        rationale: """
            各地大纲对七个部分的排列不完全相同（人才培养→服务贡献→……，或人才培养→产教融合→服务贡献→……），因此顺序不同只作提示。\
            但概况应在最前、面临挑战应是最后一个编号章节，按所选模板的顺序核对。
            """,
        triggering: [
            RuleExample(
                """
                # 1 学校概况
                正文。
                # 2 人才培养
                正文。
                # ⟦3 面临挑战⟧
                正文。
                # 4 服务贡献
                正文。
                # ⟪5 发展保障⟫
                正文。
                """, template: "district", messageContains: "“发展保障”之后")
        ],
        nonTriggering: [
            RuleExample(
                """
                # 1 学校概况
                正文。
                # 2 人才培养
                正文。
                # 3 服务贡献
                正文。
                # 4 面临挑战
                正文。
                """, template: "district")
        ]
    )

    public init() {}

    public func check(_ context: LintContext) -> [Finding] {
        // A legacy outline is reported once, by structure.legacy-template, not held up as the model.
        guard let profile = context.profile, !profile.legacy, let matching = context.matching else { return [] }
        let matches = matching.chapters
        let inPlace = Self.longestIncreasingRun(matches.map(\.templateIndex))
        var findings: [Finding] = []
        for (position, match) in matches.enumerated() where !inPlace.contains(position) {
            let title = profile.chapters[match.templateIndex].title
            // The in-place neighbours the template puts around this chapter.
            let before = matches.enumerated().last {
                inPlace.contains($0.offset) && $0.element.templateIndex < match.templateIndex
            }
            let after = matches.enumerated().first {
                inPlace.contains($0.offset) && $0.element.templateIndex > match.templateIndex
            }
            var place: [String] = []
            if let before { place.append("“\(profile.chapters[before.element.templateIndex].title)”之后") }
            if let after { place.append("“\(profile.chapters[after.element.templateIndex].title)”之前") }
            let message = "“\(title)”一章的位置与模板 \(profile.id) 不同：模板中它在\(place.joined(separator: "、"))"
            var notes: [Note] = []
            if let neighbour = after ?? before {
                let name = profile.chapters[neighbour.element.templateIndex].title
                notes.append(Note(message: "“\(name)”在此", span: context.heading(neighbour.element.section).span))
            }
            findings.append(Finding(message: message, span: context.heading(match.section).span, notes: notes))
        }
        return findings
    }

    /// Positions of a longest strictly increasing subsequence: the chapters that are in template order;
    /// the others are the ones that moved.
    static func longestIncreasingRun(_ values: [Int]) -> Set<Int> {
        guard !values.isEmpty else { return [] }
        var length = Array(repeating: 1, count: values.count)
        var previous = Array(repeating: -1, count: values.count)
        for i in values.indices {
            for j in 0..<i where values[j] < values[i] && length[j] + 1 > length[i] {
                length[i] = length[j] + 1
                previous[i] = j
            }
        }
        var end = length.indices.max { length[$0] < length[$1] || (length[$0] == length[$1] && $0 > $1) }!
        var result: Set<Int> = []
        while end >= 0 {
            result.insert(end)
            end = previous[end]
        }
        return result
    }
}
