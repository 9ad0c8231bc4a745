import QRLintCore
import QRLintReaders
import QRLintRules
import Testing

/// Which profile a draft gets from its cover title and chapters, and why.
struct ProfileDetectionTests {
    static let chapters = """

        ## 1 学校概况
        正文。
        ## 2 人才培养
        正文。
        ## 3 服务贡献
        正文。
        ## 4 文化传承
        正文。
        ## 5 国际合作
        正文。
        ## 6 产教融合
        正文。
        ## 7 发展保障
        正文。
        ## 8 面临挑战
        正文。
        """

    private func choice(_ text: String) throws -> ProfileChoice {
        let document = MarkdownReader.read(SourceText(path: "a.md", text: text))
        return try LintContext(document: document, packs: RulePacks.builtIn(), template: nil).choice
    }

    @Test(arguments: [
        ("# 重庆市星河职业技术学校 2025 年度质量年度报告", "zhongzhi-2025"),
        // "区职业教育" is a district word, but a 职业教育中心 is one school.
        ("# 重庆市璧山区职业教育中心 2025 年度质量年度报告", "zhongzhi-2025"),
        ("# 星河区中等职业教育质量年度报告（2024—2025 学年度）", "district"),
        ("# 星河区中等职业学校年度质量报告", "district"),
        ("# 重庆市星河技工学校\n\n质量年度报告（2024年）", "jigong-2024"),
        ("# 云岭省中等职业教育质量年度报告（2024 年度）", "provincial-2024"),
        ("# 重庆市职业教育质量年度报告（2024 年度）", "provincial-2024"),
        ("# 星河职业技术学院 2025 年度质量年度报告", "gaozhi"),
        ("# 星河智能装备有限公司参与职业教育质量年度报告（2025 年度）", "enterprise"),
        // No cover at all: the outline decides, and ties go to the Chongqing school outline.
        ("", "zhongzhi-2025"),
    ])
    func coverTitlePicksTheProfile(_ cover: String, _ expected: String) throws {
        let result = try choice(cover + "\n" + Self.chapters)
        #expect(result.profile?.id == expected, "\(result.reason)")
        #expect(result.reason.hasPrefix("自动识别："))
    }

    /// Detection hands over the chosen profile's chapter matching; it is the matching computed afresh.
    @Test func detectionKeepsTheChosenProfilesMatching() throws {
        let text = "# 重庆市星河职业技术学校 2025 年度质量年度报告\n" + Self.chapters
        let document = MarkdownReader.read(SourceText(path: "a.md", text: text))
        let context = try LintContext(document: document, packs: RulePacks.builtIn(), template: nil)
        let kept = try #require(context.choice.matching)
        let profile = try #require(context.choice.profile)
        let fresh = ChapterMatching(outline: context.outline, profile: profile)
        #expect(kept.chapters.map(\.section) == fresh.chapters.map(\.section))
        #expect(kept.chapters.map(\.templateIndex) == fresh.chapters.map(\.templateIndex))
        #expect(kept.sections.map { $0.map(\.section) } == fresh.sections.map { $0.map(\.section) })
        let requested = try LintContext(document: document, packs: RulePacks.builtIn(), template: profile.id)
        #expect(requested.choice.matching == nil)
    }

    @Test func reasonNamesTheWordsAndTheChapters() throws {
        let result = try choice("# 重庆市星河技工学校质量年度报告（2024年）\n" + Self.chapters)
        #expect(result.reason.contains("“技工学校”"))
        #expect(result.reason.contains("匹配 8 个章节"))
    }

    @Test func oldOutlineIsRecognisedOnlyWithEnoughOfItsChapters() throws {
        let legacy = try choice(
            """
            # 星河职业中学 2019 年度质量年度报告
            ## 一、基本情况
            正文。
            ## 二、学生发展
            正文。
            ## 三、质量保障措施
            正文。
            ## 四、校企合作
            正文。
            ## 五、社会贡献
            正文。
            """)
        #expect(legacy.profile?.id == "legacy-2016")
        #expect(legacy.reason.contains("旧大纲"))
        // A current outline that shares one title with the old one (基本情况) is not old.
        let renamed = Self.chapters.replacingOccurrences(of: "学校概况", with: "基本情况")
        let current = try choice("# 星河职业中学 2025 年度质量年度报告\n" + renamed)
        #expect(current.profile?.legacy == false)
    }

    @Test func explicitTemplateWins() throws {
        let document = MarkdownReader.read(SourceText(path: "a.md", text: "# 星河技工学校质量年度报告\n" + Self.chapters))
        let context = try LintContext(document: document, packs: RulePacks.builtIn(), template: "district")
        #expect(context.profile?.id == "district")
        #expect(context.choice.reason == "由 --template 指定")
    }
}

/// The small text readers of the reference rules: web addresses, year forms, caption and TOC numbers.
struct ReferenceTextTests {
    private func scalars(_ s: String) -> [Unicode.Scalar] { Array(s.unicodeScalars) }

    @Test func webAddresses() {
        let good = WebAddress.find(in: scalars("网址为：<https://www.cqzjzx.cn/>。"))
        #expect(good.map(\.text) == ["https://www.cqzjzx.cn/"])
        #expect(good.first?.problem == nil)
        #expect(WebAddress.find(in: scalars("网址：https：//www.x.cn")).first?.problem?.contains("全角") == true)
        #expect(WebAddress.find(in: scalars("网址：http//www.x.cn")).first?.problem?.contains("协议") == true)
        #expect(WebAddress.find(in: scalars("网址：www.x。cn")).first?.problem != nil)
        #expect(WebAddress.find(in: scalars("网址：https://www.x")).first?.problem?.contains("后缀") == true)
        #expect(WebAddress.find(in: scalars("见 [官网](http://10.1.2.3/nb)")).first?.problem == nil)
    }

    @Test func yearForms() {
        func form(_ s: String) -> YearForm? { YearForm.find(in: ComparableText.of(s.unicodeScalars))?.form }
        #expect(form("2025 年度质量年度报告") == .year(2025))
        #expect(form("质量年度报告（2024年）") == .year(2024))
        #expect(form("(2024-2025学年度)") == .schoolYear(2024, 2025))
        #expect(form("2024—2025 学年") == .schoolYear(2024, 2025))
        #expect(form("2026 年 1 月 5 日") == nil)
    }

    @Test func captionLines() {
        let figure = CaptionText.parse(scalars("图 6: 2026 届毕业班誓师大会"))
        #expect(figure?.kind == .figure && figure?.number == [6])
        #expect(CaptionText.parse(scalars("【案例 2-1】红色研学"))?.number == [2, 1])
        #expect(CaptionText.parse(scalars("**附表 1 人才培养质量计分卡**"))?.kind == .appendixTable)
        #expect(CaptionText.parse(scalars("典型案例10：铸就运行引擎，推动内涵提质发展。"), strict: true)?.number == [10])
        #expect(CaptionText.parse(scalars("图1所示为校园平面")) == nil)
        #expect(CaptionText.parse(scalars("表彰优秀学生")) == nil)
    }

    @Test func tocNumbers() {
        #expect(LeadingNumber.parse(scalars("1.学校概况"))?.components == [1])
        #expect(LeadingNumber.parse(scalars("1.1 基本情况"))?.components == [1, 1])
        #expect(LeadingNumber.parse(scalars("一、学校概况"))?.style == .chinese)
        #expect(LeadingNumber.parse(scalars("（三）课程建设"))?.style == .parenthesizedChinese)
        #expect(LeadingNumber.parse(scalars("第二章 人才培养"))?.components == [2])
        #expect(LeadingNumber.parse(scalars("2025年工作")) == nil)
        #expect(LeadingNumber.parse(scalars("挑战 1：生源")) == nil)
    }
}
