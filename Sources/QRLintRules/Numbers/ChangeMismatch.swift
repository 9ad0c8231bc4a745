import QRLintCore

/// "较上年增加 N", "同比增长 X%", "提高 X 个百分点" that the two years' values do not bear out.
public struct ChangeMismatch: Rule {
    public static let description = RuleDescription(
        id: "numbers.change",
        defaultSeverity: .error,
        summary: "增减量或增减幅度与两年的数值不符",
        rationale: """
            “招生3211人，同比减少224人”隐含上年招生3435人；若报告别处（正文或表格）写明了上年的数，二者必须相符。\
            增减量按“本年−上年”、增长率按“(本年−上年)÷上年”、比率的变化按百分点验算。只有本年与上年的数都写明时才检查；\
            年份取自“2024年度”“上年”或表格的年份列。
            """,
        triggering: [
            RuleExample(
                "2024 年学校招生⟪3435 人⟫。2025 年学校招生⟪3211 人⟫，同比减少⟦250 人⟧。",
                messageContains: "3211−3435=-224"),
            RuleExample("2024 年学校经费收入⟪8000 万元⟫。2025 年学校经费收入⟪9000 万元⟫，较上年增长⟦15%⟧。"),
            RuleExample(
                "2024 年毕业去向落实率⟪95.1%⟫，2025 年毕业去向落实率⟪97.3%⟫，较上年提高⟦3.2 个百分点⟧。"),
        ],
        nonTriggering: [
            RuleExample("2024 年学校招生 3435 人。2025 年学校招生 3211 人，同比减少 224 人。"),
            // Last year's figure is not stated: nothing to check.
            RuleExample("2025 年学校招生 3211 人，同比减少 224 人。"),
            // "9500余人" is 9500–9600: an increase of 200 fits.
            RuleExample("2024 年学校在校生 9313 人。2025 年学校在校生 9500 余人，较上年增加 200 人。"),
            RuleExample("2024 年学校经费收入 8000 万元。2025 年学校经费收入 9000 万元，较上年增长 12.5%。"),
        ]
    )

    public init() {}

    public func check(_ context: LintContext) -> [Finding] {
        context.numberChecks.changes.changes.findings(.mismatch)
    }
}
