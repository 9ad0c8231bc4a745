import QRLintCore

/// A total that is not the sum of its listed parts.
public struct PartSumMismatch: Rule {
    public static let description = RuleDescription(
        id: "numbers.part-sum",
        defaultSeverity: .error,
        summary: "总数与所列分项之和不符",
        rationale: """
            “共X，其中A、B、C”“A、B分别为…”“学历结构：…”列出的分项若互不重叠（同属一个分类族：在编/外聘、男/女、\
            初级/中级/高级、一/二/三年级、第一/二/三产业、年龄段、学历层次……，或用“分别”列出），其和不能超过总数；\
            分项若构成完整划分（覆盖整个分类族，或“A、B共X，分别为…”），其和必须等于总数。仅凭“其中”列出、\
            彼此可能嵌套的分项（“知识产权520项，其中专利授权310项，发明专利45项”）不相加。按所示小数位取区间比较，\
            约数（“9300余人”）按区间处理；职称等允许有未定级人员的分类只在分项之和超过总数时报告。
            """,
        triggering: [
            RuleExample(
                "2024年度，学校有教职工⟪492 人⟫，其中在编 ⟦⟪310 人⟫、外聘 ⟪176 人⟫⟧。",
                messageContains: "310+176=486，与总数 492 不符（差 6）"),
            RuleExample(
                "学校获市级以上奖项⟪20 项⟫，其中国家级 ⟦⟪8 项⟫、市级 ⟪15 项⟫⟧。", messageContains: "超过总数 20"),
            RuleExample(
                "学校一、二、三年级学生共⟪4800 人⟫，分别为 ⟦⟪1700 人⟫、⟪1600 人⟫、⟪1400 人⟫⟧。",
                messageContains: "1700+1600+1400=4700"),
            RuleExample(
                "学校专任教师⟪240 人⟫。专任教师学历结构：硕士 ⟦⟪30 人⟫，本科 ⟪190 人⟫，本科以下 ⟪15 人⟫⟧。",
                messageContains: "差 5"),
            RuleExample("学校全日制在校生 4800 人，其中男生 ⟦2600 人、女生 2100 人⟧。"),
        ],
        nonTriggering: [
            // Nested subsets: 发明专利 is part of 专利授权, not a sibling of it.
            RuleExample("学校累计获得知识产权 320 项，其中专利授权 310 项，发明专利 45 项。"),
            // "其中" lists a subset that stays under the total.
            RuleExample("学校开设专业 12 个，其中市级骨干专业 3 个、国家级示范专业 2 个。"),
            // Teachers without a 职称: a complete list may fall short.
            RuleExample("专任教师 240 人。专任教师职称结构：初级 60 人，中级 90 人，副高级 40 人，正高级 2 人。"),
            RuleExample("学校有教职工 286 人，其中在编 200 人、外聘 86 人。"),
            // "9300余人" is 9300–9400.
            RuleExample("学校在校生 9300 余人，其中一年级 3100 人、二年级 3150 人、三年级 3063 人。"),
            // Two years in one sentence: the parts belong to the later total.
            RuleExample("2024 年毕业生 2926 人，2025 年毕业生 3112 人，其中男生 1700 人、女生 1412 人。"),
            // 分别 with the labels in another order than elsewhere: still one value each.
            RuleExample("学校女生、男生分别为 2200 人、2600 人，共 4800 人。"),
        ]
    )

    public init() {}

    public func check(_ context: LintContext) -> [Finding] {
        context.numberChecks.partSums.findings(.mismatch)
    }
}
