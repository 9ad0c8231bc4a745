import QRLintCore

/// A chapter or section title is an alias or a near miss of the template's canonical title.
public struct TitleMismatch: Rule {
    public static let description = RuleDescription(
        id: "structure.title-mismatch",
        defaultSeverity: .warning,
        summary: "章节标题与模板的规范标题不一致",
        rationale: """
            审核按大纲逐项核对，标题与大纲不一致（“多样成长”与“多样成才”、“国际交流与合作”与“国际合作”）会让审核人找不到对应内容。\
            规则按模板列出的别名和一两个字之差识别这些标题，并给出规范标题作为修改建议。
            """,
        triggering: [
            RuleExample(
                """
                # 1 学校概况
                正文。
                # 2 ⟦国际交流与合作⟧
                正文。
                """, template: "district", messageContains: "“国际合作”"),
            RuleExample(
                """
                # 2 人才培养
                ## 2.1 立德树人
                正文。
                ## 2.8 ⟦多样成长⟧
                正文。
                """, template: "zhongzhi-2025", messageContains: "“多样成才”"),
        ],
        nonTriggering: [
            RuleExample(
                """
                # 1 学校概况
                正文。
                # 2 “国际合作”
                正文。
                """, template: "district"),
            // 模板未规定小节的章节，小节标题自由。
            RuleExample(
                """
                # 2 人才培养
                ## 2.8 多样成长
                正文。
                """, template: "district"),
        ]
    )

    public init() {}

    public func check(_ context: LintContext) -> [Finding] {
        // A legacy outline is reported once, by structure.legacy-template, not held up as the model.
        guard let profile = context.profile, !profile.legacy, let matching = context.matching else { return [] }
        var findings: [Finding] = []
        for (chapterMatch, sectionMatches) in zip(matching.chapters, matching.sections) {
            let chapter = profile.chapters[chapterMatch.templateIndex]
            if let finding = finding(chapterMatch, canonical: chapter.title, context: context) {
                findings.append(finding)
            }
            for sectionMatch in sectionMatches {
                let canonical = chapter.sections[sectionMatch.templateIndex].title
                if let finding = finding(sectionMatch, canonical: canonical, context: context) {
                    findings.append(finding)
                }
            }
        }
        return findings
    }

    private func finding(_ match: ChapterMatching.Match, canonical: String, context: LintContext) -> Finding? {
        guard !match.kind.isExact else { return nil }
        let title = context.heading(match.section).title
        let written = title.trimmed().string
        let message = "标题“\(written)”与模板标题“\(canonical)”不一致"
        let span = title.trimmed().sourceSpan
        let fix = Fix(span: span, replacement: canonical, isSafe: false, message: "改为“\(canonical)”")
        return Finding(message: message, span: span, fix: fix)
    }
}
