import QRLintCore

/// A 合计/总计/小计 row or column that is not the sum of its parts; a "其中" row larger than the row above.
public struct TableTotalMismatch: Rule {
    public static let description = RuleDescription(
        id: "numbers.table-total",
        defaultSeverity: .error,
        summary: "表格的合计与各项之和不符",
        rationale: """
            表格的合计行（合计、总计、共计）应等于其上各数据行之和（有小计时为各小计之和），小计行等于本组各行之和，\
            合计列等于同一表头下各列之和；“其中”行不大于其上一行；“其中：第一产业／第二产业／第三产业”这样构成完整划分的\
            分列行之和等于其上一行。比率、平均数、生均、生师比等列不相加；PDF 转出的表格\
            中缺格错位的行不参与比较。
            """,
        triggering: [
            RuleExample(
                """
                | 专业 | 在校生（人） |
                | --- | --- |
                | 数控技术应用 | ⟪1200⟫ |
                | 汽车运用与维修 | ⟪1500⟫ |
                | 合计 | ⟦2800⟧ |
                """, messageContains: "1200+1500=2700"),
            RuleExample(
                """
                | 指标 | 本年 |
                | --- | --- |
                | 毕业生人数 | ⟪1480⟫ |
                | 其中：升学人数 | ⟦1500⟧ |
                """),
            RuleExample(
                """
                | 序号 | 指标 | 单位 | 本年 |
                | --- | --- | --- | --- |
                | 1 | 毕业生面向三次产业就业人数 | 人 | ⟦240⟧ |
                |  | 其中：第一产业 | 人 | ⟪8⟫ |
                |  | 第二产业 | 人 | ⟪100⟫ |
                |  | 第三产业 | 人 | ⟪142⟫ |
                """, messageContains: "8+100+142=250"),
        ],
        nonTriggering: [
            RuleExample(
                """
                | 专业 | 在校生（人） | 就业率 |
                | --- | --- | --- |
                | 数控技术应用 | 1200 | 96% |
                | 汽车运用与维修 | 1500 | 98% |
                | 合计 | 2700 | 97% |
                """),
            RuleExample(
                """
                | 年级 | 男生 | 女生 | 合计 |
                | --- | --- | --- | --- |
                | 一年级 | 900 | 800 | 1700 |
                | 二年级 | 850 | 750 | 1600 |
                | 合计 | 1750 | 1550 | 3300 |
                """),
        ]
    )

    public init() {}

    public func check(_ context: LintContext) -> [Finding] {
        context.numberChecks.tableTotals.findings(.mismatch)
    }
}
