import QRLintCore

/// A case (案例) not written in background / measures / results parts, or longer than the profile allows.
public struct CaseForm: Rule {
    public static let description = RuleDescription(
        id: "structure.case-form",
        defaultSeverity: .info,
        summary: "案例缺少背景、举措、成效部分，或超过规定的字数",
        rationale: """
            年报大纲要求典型案例写清背景（问题与目标）、举措和成效。报告中多数案例分了部分、个别案例缺了一块时，多是漏写；\
            所有案例都没有分部分时，只在第一个案例处提示一次。部分按小标题或“一、背景与目的”“主要做法：”之类的引导语识别。\
            一些地方对案例字数有上限（重庆 2017 年 300 字、上海 2022 年 1000 字），模板的 caseMaxLength 或配置文件的 options.maxLength 设定后检查，默认不查。
            """,
        triggering: [
            RuleExample(
                """
                # 2 人才培养
                ## 2.1 立德树人

                典型案例1：红色研学

                一、背景与目的。学校地处红色资源丰富地区。二、具体举措。组织学生研学。三、成果成效。学生参与率达九成。
                ## 2.2 专业建设

                ⟦典型案例2：专业调整⟧

                一、背景与目的。区域产业升级。二、具体举措。新增两个专业。
                """, messageContains: "缺少“成效”"),
            RuleExample(
                """
                # 2 人才培养

                ⟦案例 1：红色研学⟧

                学校组织学生赴纪念馆研学，参与学生九百人次。

                ⟪案例 2：劳动教育⟫

                学校开设劳动教育课程，全体学生参加。
                """, messageContains: "2 个案例"),
            // 多数案例分了部分，个别没分的逐个报告。
            RuleExample(
                """
                # 2 人才培养

                案例 1：红色研学

                一、背景与目的。学校地处红色资源丰富地区。二、具体举措。组织学生研学。三、成果成效。学生参与率达九成。

                案例 2：专业调整

                一、实施背景。区域产业升级。二、主要做法。新增两个专业。三、取得成效。对口就业率提高。

                ⟦案例 3：劳动教育⟧

                学校开设劳动教育课程，全体学生参加。
                """, messageContains: "其他案例分了"),
        ],
        nonTriggering: [
            RuleExample(
                """
                # 2 人才培养

                【案例 2-1】红色研学
                ### 一、背景与目的
                学校地处红色资源丰富地区。
                ### 二、具体举措
                组织学生研学。
                ### 三、成果成效
                学生参与率达九成。
                """),
            // 分成三个编号部分的案例，小标题不点明“背景”“举措”“成效”也不报。
            RuleExample(
                """
                # 2 人才培养

                案例 1：清廉校园

                一、聚焦突出问题。师德建设缺乏系统性。二、协同三力并举。修订制度 33 项。三、建设成效凸显。获评市级先进。
                """),
        ],
        options: [RuleOption(name: "maxLength", summary: "案例字数上限（覆盖模板的 caseMaxLength）")]
    )

    public init() {}

    public func check(_ context: LintContext) -> [Finding] {
        let captions = context.captions
        let cases = CaseStudies(document: context.document, outline: context.outline, captions: captions).cases
        guard !cases.isEmpty else { return [] }
        var findings: [Finding] = []
        let unstructured = cases.filter { !$0.isStructured }
        if unstructured.count * 2 >= cases.count, let firstUnstructured = unstructured.first {
            // The report does not use the three-part form: say so once.
            let message =
                unstructured.count == 1
                ? "“\(firstUnstructured.caption.label)”没有分出背景、举措、成效三部分"
                : unstructured.count == cases.count
                    ? "全文 \(cases.count) 个案例都没有分出背景、举措、成效三部分"
                    : "全文 \(cases.count) 个案例中有 \(unstructured.count) 个没有分出背景、举措、成效三部分"
            let notes = unstructured.dropFirst().prefix(3).map {
                Note(message: "“\($0.caption.label)”在此", span: $0.caption.span)
            }
            findings.append(Finding(message: message, span: firstUnstructured.caption.span, notes: Array(notes)))
        } else {
            // Most cases use the form: the ones that do not are slips.
            for item in unstructured {
                let message = "“\(item.caption.label)”没有分出背景、举措、成效三部分（其他案例分了）"
                findings.append(Finding(message: message, span: item.caption.span))
            }
        }
        for item in cases where item.isStructured && !item.missingParts.isEmpty {
            let names = item.missingParts.map { "“\($0.name)”" }.joined(separator: "、")
            findings.append(Finding(message: "“\(item.caption.label)”缺少\(names)部分", span: item.caption.span))
        }
        if let limit = context.option(Self.description.id, "maxLength") ?? context.profile?.caseMaxLength {
            for item in cases where item.length > limit {
                let message = "“\(item.caption.label)”约 \(item.length) 字，超过规定的 \(limit) 字"
                findings.append(Finding(message: message, span: item.caption.span))
            }
        }
        return findings.sorted { $0.span < $1.span }
    }
}
