import QRLintCore

/// "就业率提高 2.2%" where 2.2 is the difference of two rates: that is 2.2 个百分点.
public struct RateChangeInPercent: Rule {
    public static let description = RuleDescription(
        id: "numbers.percentage-points",
        defaultSeverity: .warning,
        summary: "比率的变化写成了百分比，应为百分点",
        rationale: """
            两个比率之差是“百分点”：落实率从 85.1% 升到 97.3% 是“提高 12.2 个百分点”，而“提高 12.2%”意为提高了原值的 \
            12.2%（约 95.5%）。只有两年的比率都写明、且所写数字恰好等于两者之差（而不是相对增幅）时才报告。
            """,
        triggering: [
            RuleExample(
                "2024 年毕业去向落实率⟪85.1%⟫，2025 年毕业去向落实率⟪97.3%⟫，较上年提高⟦12.2%⟧。",
                messageContains: "12.2 个百分点")
        ],
        nonTriggering: [
            RuleExample("2024 年毕业去向落实率 85.1%，2025 年毕业去向落实率 97.3%，较上年提高 12.2 个百分点。"),
            // A relative increase of a rate, correctly computed.
            RuleExample("2024 年毕业去向落实率 85.1%，2025 年毕业去向落实率 97.3%，较上年提高 14.3%。"),
        ]
    )

    public init() {}

    public func check(_ context: LintContext) -> [Finding] {
        context.numberChecks.changes.points.findings(.mismatch)
    }
}
