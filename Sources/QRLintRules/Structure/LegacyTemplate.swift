import QRLintCore

/// The report follows the pre-2021 中职 outline (基本情况, 学生发展, 质量保障措施 … 举办者履责).
public struct LegacyTemplate: Rule {
    public static let description = RuleDescription(
        id: "structure.legacy-template",
        defaultSeverity: .warning,
        summary: "报告沿用了 2021 年以前的旧提纲",
        rationale: """
            2016、2017 年通知附的中职质量年报提纲（基本情况、学生发展、质量保障措施、校企合作、社会贡献、举办者履责、特色创新、\
            主要问题和改进措施）已被现行提纲取代：现行提纲要求人才培养、服务贡献、文化传承、国际合作、产教融合、发展保障、\
            面临挑战七个部分。按旧提纲写的报告只报这一条，不再逐章报缺失；改用现行提纲后可用 --template 逐章检查。
            """,
        profiles: ["legacy-2016"],
        triggering: [
            RuleExample(
                """
                # 一、⟦基本情况⟧
                正文。
                # 二、⟪学生发展⟫
                正文。
                # 三、⟪质量保障措施⟫
                正文。
                # 四、⟪校企合作⟫
                正文。
                # 五、⟪举办者履责⟫
                正文。
                """, messageContains: "--template zhongzhi-2025")
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
                """)
        ]
    )

    public init() {}

    public func check(_ context: LintContext) -> [Finding] {
        guard let profile = context.profile, profile.legacy, let matching = context.matching,
            let first = matching.chapters.first
        else { return [] }
        let titles = matching.chapters.map { "“\(context.heading($0.section).title.trimmed().string)”" }
        var message = "章节（\(titles.prefix(4).joined(separator: ""))\(titles.count > 4 ? "等" : "")）沿用了 2021 年以前的旧提纲"
        message += "；现行提纲要求人才培养、服务贡献、文化传承、国际合作、产教融合、发展保障、面临挑战七个部分"
        if let successor = profile.successor { message += "，可用 --template \(successor) 按现行提纲逐章检查" }
        let notes = matching.chapters.dropFirst().map { match in
            Note(message: "旧提纲的章节", span: context.heading(match.section).title.trimmed().sourceSpan)
        }
        return [
            Finding(message: message, span: context.heading(first.section).title.trimmed().sourceSpan, notes: notes)
        ]
    }
}
