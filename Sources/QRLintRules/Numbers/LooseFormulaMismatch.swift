import QRLintCore

/// A stated value that a formula whose definition varies between schools (severity warning) contradicts.
public struct LooseFormulaMismatch: Rule {
    public static let description = RuleDescription(
        id: "numbers.formula-loose",
        defaultSeverity: .warning,
        summary: "数值与常用算法不符（各校口径可能不同）",
        rationale: """
            生师比（在校生 ÷ 专任教师，或 ÷ 折合教师数）、生均仪器设备值（设备总值 ÷ 在校生，注意万元与元）、\
            “双师型”教师比例（÷ 专业课教师或 ÷ 专任教师）、对口就业率、升学率等，各校分母口径不尽相同，所以只有当所有\
            写明了输入的算法都对不上时才报告，并以警告级别报告。公式在 Rules/formulas/ 中定义。
            """,
        triggering: [
            RuleExample(
                "学校全日制在校生⟪4800 人⟫，专任教师⟪240 人⟫，生师比⟦18.7:1⟧。", messageContains: "= 20"),
            RuleExample(
                "学校在校生⟪4800 人⟫，教学仪器设备总值⟪3200 万元⟫，生均教学仪器设备值⟦8000 元⟧。",
                messageContains: "6666.67"),
        ],
        nonTriggering: [
            RuleExample("学校全日制在校生 4800 人，专任教师 240 人，生师比 20:1。"),
            // Either denominator may be meant: 9313 ÷ 497 = 18.74.
            RuleExample("学校在校学生 9313 人，专任教师 488 人，折合教师数 497 人，生师比 18.7。"),
            RuleExample("学校在校生 4800 人，教学仪器设备总值 3200 万元，生均教学仪器设备值 6666.67 元。"),
        ]
    )

    public init() {}

    public func check(_ context: LintContext) -> [Finding] {
        context.numberChecks.formulas(.warning).findings(.mismatch)
    }
}
