import QRLintCore

/// The same figure stated with two values that cannot both be true.
public struct NumberConflict: Rule {
    public static let description = RuleDescription(
        id: "numbers.conflict",
        defaultSeverity: .warning,
        summary: "同一指标、同一年份在两处写成不同的数",
        rationale: """
            “教职工 639 人”与表格中的 576 人、正文“在校生 9313 人”与别处的 9500 人：同一指标（按 Rules/measures/ 的名称与别名\
            归并）、同一限定（“初级”“会计事务专业”）、同一年份，只能有一个数。约数按区间比较（“9300余人”与 9313 相容）；\
            未写年份的数属于报告年度；同一句中先点出另一所学校（“璧山职教中心……现有在校生6200人”）的数归该校。若不一致的数\
            恰好等于上一年的数，提示疑为沿用上年数据。
            """,
        triggering: [
            RuleExample("学校全日制在校生⟪4800 人⟫。\n\n学校现有在校生⟦4700 人⟧，生源稳定。", messageContains: "4700 人"),
            RuleExample(
                """
                重庆市星河职业技术学校 2025 年度质量年度报告

                2024 年学校在校生 4600 人，2025 年学校在校生⟪4800 人⟫。

                学校在校生⟦4600 人⟧，其中一年级 1600 人。
                """, messageContains: "疑为沿用上年数据"),
            RuleExample(
                """
                2025 年学校有教职工⟪286 人⟫。

                | 年份 | 教职工（人） |
                | --- | --- |
                | 2025 年 | ⟦296⟧ |
                """),
        ],
        nonTriggering: [
            // "9300余人" is 9300–9400.
            RuleExample("学校在籍学生 9300 余人。\n\n学校在校学生 9313 人。"),
            // Two years, two values.
            RuleExample("2024 年学校在校生 4600 人，2025 年学校在校生 4800 人。"),
            // A qualified figure is another fact.
            RuleExample("学校有“双师型”教师 150 人，其中初级“双师型”教师 80 人。\n\n初级“双师型”教师 80 人。"),
            // A district report's paragraph on one school: its figures are that school's.
            RuleExample(
                """
                # 1 发展概况

                全区中职学校共有在校生 12680 人。

                璧山职教中心创建于 1958 年，现有在校生 6200 人。
                """),
            // 分别 gives each label its own value, in the order the labels are written.
            RuleExample("学校教职工、专任教师分别为 286 人、240 人。\n\n学校专任教师 240 人，教职工 286 人。"),
        ]
    )

    public init() {}

    public func check(_ context: LintContext) -> [Finding] {
        ConflictCheck.results(context.numbers).findings(.mismatch)
    }
}
