import QRLintCore

/// A mismatch that only truncating the shown digits (instead of rounding them) explains.
public struct RoundingOnly: Rule {
    public static let description = RuleDescription(
        id: "numbers.rounding",
        defaultSeverity: .info,
        summary: "数值只在截尾（而非四舍五入）时才相符",
        rationale: """
            69÷217=31.797%，四舍五入应写 31.8%，写作 31.7% 是截尾所致。这类差异不是矛盾，但说明计算时舍入方法不一致，\
            审核者可能会问。比例、合计、公式与增减各检查中，凡只能用截尾解释的差异都在此以提示级别报告，而不由各自的规则\
            报告为错误。
            """,
        triggering: [
            RuleExample("学校“双师型”教师⟪217 人⟫，其中中级“双师型”教师⟪69 人⟫，占比⟦31.7%⟧。", messageContains: "31.797%")
        ],
        nonTriggering: [
            RuleExample("学校“双师型”教师 217 人，其中中级“双师型”教师 69 人，占比 31.8%。")
        ]
    )

    public init() {}

    public func check(_ context: LintContext) -> [Finding] {
        let checks = context.numberChecks
        var results = checks.partSums + checks.shares + checks.tableTotals
        results += checks.changes.changes
        results += checks.formulas(.error)
        results += checks.formulas(.warning)
        return results.findings(.truncationOnly)
    }
}
