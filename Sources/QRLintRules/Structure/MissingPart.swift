import QRLintCore

/// One of the required parts of the template (人才培养 … 面临挑战, and the 概况 chapter) is not in the report.
public struct MissingPart: Rule {
    public static let description = RuleDescription(
        id: "structure.missing-part",
        defaultSeverity: .error,
        summary: "缺少模板规定的必备部分（如人才培养、国际合作、面临挑战）",
        rationale: """
            质量年度报告须包含人才培养、服务贡献、文化传承、国际合作、产教融合、发展保障、面临挑战七个部分（教职成司函〔2023〕28号、\
            〔2024〕29号），学校报告另以概况开篇。审核首先看内容框架是否完整。按模板的章节标题及其别名逐章查找；确实没有相关工作的部分\
            也应保留章节并如实说明。
            """,
        triggering: [
            RuleExample(
                """
                # 1 学校概况
                学校概况。
                # 2 人才培养
                人才培养。
                # 3 服务贡献
                服务贡献。
                # 4 文化传承
                文化传承。
                # ⟦5 产教融合⟧
                产教融合。
                # 6 发展保障
                发展保障。
                # 7 面临挑战
                面临挑战。
                """, template: "district", messageContains: "“国际合作”"),
            RuleExample(
                """
                # 1 学校概况
                学校概况。
                # 2 人才培养
                人才培养。
                # 3 服务贡献
                服务贡献。
                # 4 文化传承
                文化传承。
                # 5 国际合作
                国际合作。
                # 6 产教融合
                产教融合。
                # ⟦7 发展保障⟧
                发展保障。
                """, template: "district", messageContains: "“面临挑战”"),
        ],
        nonTriggering: [
            RuleExample(
                """
                # 1 学校概况
                学校概况。
                # 2 人才培养
                人才培养。
                # 3 服务贡献
                服务贡献。
                # 4 文化传承
                文化传承。
                # 5 国际交流与合作
                国际合作。
                # 6 产教融合
                产教融合。
                # 7 发展保障
                发展保障。
                # 8 面临挑战
                面临挑战。
                """, template: "district"),
            // 技工学校模板中国际合作可选。
            RuleExample(
                """
                # 1 学校概况
                学校概况。
                # 2 人才培养
                人才培养。
                # 3 产教融合
                产教融合。
                # 4 服务贡献
                服务贡献。
                # 5 文化传承
                文化传承。
                # 6 发展保障
                发展保障。
                # 7 面临挑战
                面临挑战。
                """, template: "jigong-2024"),
        ]
    )

    public init() {}

    public func check(_ context: LintContext) -> [Finding] {
        guard let profile = context.profile, let matching = context.matching else { return [] }
        var findings: [Finding] = []
        for (index, chapter) in profile.chapters.enumerated() where chapter.required {
            guard matching.match(forTemplateChapter: index) == nil else { continue }
            let span = insertionPoint(for: index, profile: profile, matching: matching, context: context)
            let message = "缺少必备部分“\(chapter.title)”（模板 \(profile.id) 的第 \(index + 1) 章）"
            findings.append(Finding(message: message, span: span))
        }
        return findings
    }

    /// The heading of the next template chapter that is present (the missing one belongs before it), else
    /// the last chapter, else the start of the document.
    private func insertionPoint(
        for index: Int, profile: TemplateProfile, matching: ChapterMatching, context: LintContext
    ) -> Span {
        for later in (index + 1)..<profile.chapters.count {
            if let match = matching.match(forTemplateChapter: later) {
                return context.heading(match.section).span
            }
        }
        if let last = context.outline.chapters.last {
            return context.heading(last).span
        }
        return Span(start: 0, end: 0)
    }
}
