import QRLintCore

/// A stated value that an identity of `Rules/formulas/` (severity error) contradicts.
public struct FormulaMismatch: Rule {
    public static let description = RuleDescription(
        id: "numbers.formula",
        defaultSeverity: .error,
        summary: "数值与其定义公式不符",
        rationale: """
            有些指标由其他指标算出，定义在全国统一：毕业去向落实率 = 毕业去向落实人数 ÷ 毕业生人数。报告同时写出三者时，\
            必须相符。公式在 Rules/formulas/ 中定义，每条注明严重级别；定义因校而异的公式（生师比、生均、双师型比例……）\
            由 numbers.formula-loose 以警告级别报告。输入取同一年份的数：同段最近的，或全文一致的唯一数值。
            """,
        triggering: [
            RuleExample(
                "2025 届毕业生⟪1480 人⟫，毕业去向落实人数⟪1440 人⟫，毕业去向落实率⟦95.3%⟧。",
                messageContains: "1440 ÷ 毕业生 1480 = 97.3%")
        ],
        nonTriggering: [
            RuleExample("2025 届毕业生 1480 人，毕业去向落实人数 1440 人，毕业去向落实率 97.3%。"),
            RuleExample("2025 届毕业生 1480 人，毕业去向落实率 97.3%。"),
        ]
    )

    public init() {}

    public func check(_ context: LintContext) -> [Finding] {
        context.numberChecks.formulas(.error).findings(.mismatch)
    }
}
