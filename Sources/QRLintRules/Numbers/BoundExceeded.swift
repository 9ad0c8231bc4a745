import QRLintCore

/// A part larger than its whole: a "其中" larger than its total, 对口就业 above 就业, a rate above 100%.
public struct BoundExceeded: Rule {
    public static let description = RuleDescription(
        id: "numbers.bound",
        defaultSeverity: .error,
        summary: "部分大于整体，或比率超过 100%",
        rationale: """
            “其中”列出的每一项都是总数的一部分，不能比总数大；对口就业人数不超过就业人数，升学、就业人数不超过毕业生人数，\
            专任教师不超过教职工（这些包含关系在 Rules/measures/ 的 within 中声明）；合格率、就业率、满意度、“占…”的比例\
            不超过 100%。比较同一年份的数。
            """,
        triggering: [
            RuleExample("学校有教职工⟪286 人⟫，其中专任教师⟦300 人⟧。", messageContains: "超过其所属的总数 286"),
            RuleExample("2025 年学校直接就业⟪280 人⟫。2025 年学校对口就业⟦300 人⟧。", messageContains: "超过就业人数"),
            RuleExample("学生专业课合格率⟦104.5%⟧。"),
        ],
        nonTriggering: [
            RuleExample("学校累计获得知识产权 520 项，其中专利授权 310 项，发明专利 45 项。"),
            RuleExample("2025 届毕业生直接就业 280 人，其中对口就业 252 人。"),
            // A growth rate may exceed 100%.
            RuleExample("学校社会培训收入较上年增长 120%。"),
            // Different years: 2024 employment is not the ceiling of 2025 matched employment.
            RuleExample("2024 年直接就业 240 人。2025 年对口就业 252 人。"),
        ]
    )

    public init() {}

    public func check(_ context: LintContext) -> [Finding] {
        BoundCheck.results(context.numbers).findings(.mismatch)
    }
}
