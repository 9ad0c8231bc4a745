import QRLintCore

/// The input matches no template at all: one clear error instead of dozens of missing parts.
public struct NotAReport: Rule {
    public static let description = RuleDescription(
        id: "structure.not-a-report",
        defaultSeverity: .error,
        summary: "文件看起来不是质量年度报告",
        rationale: """
            标题不称“质量年度报告/质量年报”，章节中也找不到三个以上的必备部分（人才培养、服务贡献……）时，文件多半不是年报\
            （新闻稿、总结、放错的文件）。此时只报这一条，不再逐章报缺失。若确是年报草稿，用 --template 指定模板即可按模板检查。
            """,
        triggering: [
            RuleExample(
                """
                ⟦学⟧校举行技能节开幕式

                十月九日，星河职校举行第五届技能节开幕式。全校师生参加。

                ## 党建引领

                学校坚持党建引领。
                """)
        ],
        nonTriggering: [
            RuleExample(
                """
                # 星河职业技术学校2025年度质量年度报告

                # 1 学校概况
                正文。
                """),
            RuleExample(
                """
                # 1 人才培养
                正文。
                # 2 服务贡献
                正文。
                # 3 面临挑战
                正文。
                """),
        ]
    )

    public init() {}

    public func check(_ context: LintContext) -> [Finding] {
        guard context.profile == nil else { return [] }
        let first =
            context.document.blocks.first(where: { if case .comment = $0 { false } else { true } })?.span
            ?? Span(start: 0, end: 0)
        let span = Span(start: first.start, end: min(first.end, first.start + 1))
        guard !context.document.blocks.isEmpty else {
            return [Finding(message: "文件没有任何内容", span: span)]
        }
        let message = """
            文件看起来不是质量年度报告：标题不含“质量年度报告”，章节中只找到 \(context.choice.partsFound) 个必备部分；\
            如确是年报，请用 --template 指定模板
            """
        return [Finding(message: message, span: span)]
    }
}
