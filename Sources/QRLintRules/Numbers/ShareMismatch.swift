import QRLintCore

/// A percentage that does not match its part and base, a "其余 X%" that does not complete the shares before it,
/// the shares of a complete partition that do not add up to 100%.
public struct ShareMismatch: Rule {
    public static let description = RuleDescription(
        id: "numbers.share",
        defaultSeverity: .error,
        summary: "比例与其分子、分母或其余部分不符",
        rationale: """
            “升学1243人，占总数的65.7%”“28人，占专任教师总数的7.4%”可以用同一段（或全文一致）给出的数字验算；\
            “占…91.6%，其余9.4%”必须凑成100%；完整划分（初级/中级/高级……）的各部分比例之和必须是100%。\
            比较按所示小数位取区间（65.7% 即 65.65%～65.75%），分数（“三分之一”）与“约”按宽松区间处理；只能用截尾\
            解释的差异由 numbers.rounding 以提示级别报告。分母未写明、也无法从上下文确定时不作判断。
            """,
        triggering: [
            RuleExample(
                "2025 届毕业生⟪1480 人⟫，其中升学⟪1200 人⟫，占⟦83.1%⟧。", messageContains: "1200÷1480=81.081%"),
            RuleExample("学校生源来自本区的占⟪91.6%⟫，其余⟦9.4%⟧来自区外。", messageContains: "100−91.6=8.4%"),
            RuleExample("学校有专任教师⟪240 人⟫，“双师型”教师⟪150 人⟫，占专任教师总数的⟦65%⟧。"),
            RuleExample("学校全日制在校生⟪5175 人⟫，贯通培养学生⟪800 人⟫，约占在校生总数的⟦三分之一⟧。"),
        ],
        nonTriggering: [
            RuleExample("2025 届毕业生 1480 人，其中升学 1200 人，占 81.1%。"),
            // A rate over a subset: 对口就业率 is over the employed, not over all graduates.
            RuleExample("2025 届毕业生 1480 人，其中直接就业 280 人，对口就业 252 人，对口就业率 90%。"),
            RuleExample("学校一年级学生占 35%，二年级占 33%，其余 32% 为三年级学生。"),
            // The base is not stated: nothing to check.
            RuleExample("学校有教职工 286 人，本科学历占 80%。"),
            RuleExample("贯通培养学生 1678 人，约占在校生总数（5175 人）的三分之一。"),
        ]
    )

    public init() {}

    public func check(_ context: LintContext) -> [Finding] {
        context.numberChecks.shares.findings(.mismatch)
    }
}
