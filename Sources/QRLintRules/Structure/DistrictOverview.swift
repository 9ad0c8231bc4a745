import QRLintCore

/// A district report whose overview chapter is titled 学校概况: the school template copied.
public struct DistrictOverview: Rule {
    public static let description = RuleDescription(
        id: "structure.district-overview",
        defaultSeverity: .info,
        summary: "区县报告的概况一章题为“学校概况”，像是照搬了学校报告模板",
        rationale: """
            区县报告写的是全区（县）的职业教育，概况一章宜概述区域内学校、专业、学生和教师的总体情况（如“基本情况”\
            “发展概况”）。题为“学校概况”的，多是照搬了学校年报的模板，内容也容易只写一所学校。只作提示。
            """,
        profiles: ["district"],
        triggering: [
            RuleExample(
                """
                # 1 ⟦学校概况⟧
                全区现有中职学校 3 所。
                # 2 人才培养
                正文。
                """, template: "district", messageContains: "学校概况")
        ],
        nonTriggering: [
            RuleExample(
                """
                # 1 基本情况
                全区现有中职学校 3 所。
                # 2 人才培养
                正文。
                """, template: "district"),
            RuleExample(
                """
                # 1 学校概况
                学校创办于 1985 年。
                # 2 人才培养
                正文。
                """, template: "zhongzhi-2025"),
        ]
    )

    public init() {}

    public func check(_ context: LintContext) -> [Finding] {
        guard let profile = context.profile, let matching = context.matching else { return [] }
        for match in matching.chapters where profile.chapters[match.templateIndex].part == "overview" {
            let title = context.heading(match.section).title.trimmed()
            guard TitleText.normalize(title.scalars) == "学校概况" else { return [] }
            let message = "区县报告的第一章题为“学校概况”，像是照搬了学校报告模板；宜概述全区情况（如“基本情况”“发展概况”）"
            return [Finding(message: message, span: title.sourceSpan)]
        }
        return []
    }
}
