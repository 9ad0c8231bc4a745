import QRLintCore

/// A chapter lacks one of the sub-sections its template lists.
public struct MissingSection: Rule {
    public static let description = RuleDescription(
        id: "structure.missing-section",
        defaultSeverity: .warning,
        summary: "章节缺少模板列出的小节",
        rationale: """
            各地年报大纲为每章列出了小节（如重庆 2025 年度中职大纲“人才培养”下的立德树人、专业建设……学生发展）。缺少的小节往往是\
            漏写的内容。小节随省份和年份不同，因此只按所选模板检查，且只报警告；区县、高职等不规定小节的模板不检查。
            """,
        triggering: [
            RuleExample(
                """
                # ⟦3 产教融合⟧
                ## 3.1 “两翼”情况
                正文。
                ## 3.2 校企合作
                正文。
                ## 3.3 双师共培
                正文。
                """, template: "jigong-2024", messageContains: "“实习实训”")
        ],
        nonTriggering: [
            RuleExample(
                """
                # 3 产教融合
                ## 3.1 两翼情况
                正文。
                ## 3.2 校企合作
                正文。
                ## 3.3 实习实训
                正文。
                ## 3.4 双师共培
                正文。
                """, template: "jigong-2024"),
            // 模板未规定小节的章节不检查。
            RuleExample(
                """
                # 5 文化传承
                ## 5.1 传承非遗技艺
                正文。
                """, template: "jigong-2024"),
        ]
    )

    public init() {}

    public func check(_ context: LintContext) -> [Finding] {
        guard let profile = context.profile, let matching = context.matching else { return [] }
        var findings: [Finding] = []
        for (chapterMatch, sectionMatches) in zip(matching.chapters, matching.sections) {
            let template = profile.chapters[chapterMatch.templateIndex]
            let present = Set(sectionMatches.map(\.templateIndex))
            for (index, section) in template.sections.enumerated() where !present.contains(index) {
                let message = "“\(template.title)”一章缺少小节“\(section.title)”"
                findings.append(Finding(message: message, span: context.heading(chapterMatch.section).span))
            }
        }
        return findings
    }
}
