import QRLintCore

/// A front-matter part the profile requires is missing or incomplete.
public struct FrontMatterRequired: Rule {
    public static let description = RuleDescription(
        id: "structure.front-matter",
        defaultSeverity: .warning,
        summary: "缺少模板要求的前置部分（年报公开形式及网址、内容真实性责任声明、前言），或其内容不全",
        rationale: """
            完整的学校年报在正文前有年报公开形式及网址、内容真实性责任声明、前言和目录。声明应写明单位和报告年度，并对报告的\
            真实性、完整性和准确性负责；网址应能打开（“https：//”“www.xx。cn”是输入法留下的全角字符）。学校报告（中职、技工、\
            高职）缺少声明或网址时报警告；区县、省市和企业报告的这两部分只作提示（见 structure.front-matter-recommended）。\
            缺少前言一律报警告。各模板要求哪些部分写在 Rules/templates 的 frontMatter 中。
            """,
        triggering: [
            RuleExample(
                """
                # 星河职业技术学校 2025 年度质量年度报告

                ## 年报公开形式及网址

                学校年报公开形式为网站公开，网址为：⟦https：//www.xinghe.example.cn/⟧

                ## 内容真实性责任声明

                学校对星河职业技术学校职业教育质量年度报告（2025 年度）的真实性、完整性和准确性负责。特此声明。

                ## 1 ⟦学校概况⟧
                正文。
                """, template: "zhongzhi-2025", messageContains: "前言"),
            RuleExample(
                """
                # 星河职业技术学校 2025 年度质量年度报告

                ## 年报公开形式及网址

                学校年报公开形式为网站公开，网址为：https://www.xinghe.example.cn/

                ## 内容真实性责任声明

                ⟦学校对本报告的真实性和完整性负责。⟧

                ## 前言

                本报告如实反映学校办学情况。

                ## 1 学校概况
                正文。
                """, template: "zhongzhi-2025", messageContains: "“准确性”负责、报告年度、单位名称"),
        ],
        nonTriggering: [
            RuleExample(
                """
                # 星河职业技术学校 2025 年度质量年度报告

                ## 年报公开形式及网址

                学校年报公开形式为网站公开，网址为：<https://www.xinghe.example.cn/>。

                ## 内容真实性责任声明

                学校对星河职业技术学校职业教育质量年度报告（2025 年度）的真实性、完整性和准确性负责。特此声明。

                ## 前言

                本报告如实反映学校办学情况。

                ## 1 学校概况
                正文。
                """, template: "zhongzhi-2025"),
            // 区县报告只要求前言；声明与网址的缺失由 structure.front-matter-recommended 提示。
            RuleExample(
                """
                # 星河区中等职业教育质量年度报告

                ## 前言

                本报告总结全区中等职业教育情况。

                ## 1 学校概况
                正文。
                """, template: "district"),
        ]
    )

    public init() {}

    public func check(_ context: LintContext) -> [Finding] {
        guard let profile = context.profile else { return [] }
        return FrontMatterCheck.findings(for: profile.frontMatter.required, context: context)
    }
}
