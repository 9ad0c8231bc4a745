import QRLintCore

/// A front-matter part the profile recommends (目录; for non-school reports also the statement and the
/// publication address) is missing or incomplete.
public struct FrontMatterRecommended: Rule {
    public static let description = RuleDescription(
        id: "structure.front-matter-recommended",
        defaultSeverity: .info,
        summary: "缺少建议具备的前置部分（目录；区县、省市、企业报告的声明与网址），或其内容不全",
        rationale: """
            目录由 Word 自动生成，缺少时只作提示；Markdown 草稿通常由排版工具生成目录，不检查。区县、省市和企业报告是否须附\
            年报公开形式及网址、内容真实性责任声明，各地要求不一，缺少时也只作提示；写了的，同样检查网址写法和声明内容。
            """,
        triggering: [
            RuleExample(
                """
                # 星河区中等职业教育质量年度报告

                ## 年报公开形式及网址

                报告在区教委网站公开，网址为：⟦http//www.xinghe.example.gov.cn⟧

                ## 内容真实性责任声明

                星河区教育委员会对星河区中等职业教育质量年度报告（2025 年度）的真实性、完整性和准确性负责。

                ## 前言

                本报告总结全区中等职业教育情况。

                ## 1 学校概况
                正文。
                """, template: "district", messageContains: "协议部分"),
            RuleExample(
                """
                # 星河区中等职业教育质量年度报告

                ## 年报公开形式及网址

                报告在区教委网站公开，网址为：http://www.xinghe.example.gov.cn

                ## 前言

                本报告总结全区中等职业教育情况。

                ## 1 ⟦学校概况⟧
                正文。
                """, template: "district", messageContains: "内容真实性责任声明"),
        ],
        nonTriggering: [
            RuleExample(
                """
                # 星河区中等职业教育质量年度报告

                ## 年报公开形式及网址

                报告在区教委网站公开，网址为：http://www.xinghe.example.gov.cn

                ## 内容真实性责任声明

                星河区教育委员会对星河区中等职业教育质量年度报告（2025 年度）的真实性、完整性和准确性负责。

                ## 前言

                本报告总结全区中等职业教育情况。

                ## 1 学校概况
                正文。
                """, template: "district")
        ]
    )

    public init() {}

    public func check(_ context: LintContext) -> [Finding] {
        guard let profile = context.profile else { return [] }
        return FrontMatterCheck.findings(for: profile.frontMatter.recommended, context: context)
    }
}
