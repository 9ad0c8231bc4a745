import QRLintCore

/// A document number (文号) whose year is in [] () （） 【】 instead of 六角括号 〔〕.
public struct DocumentNumber: Rule {
    public static let description = RuleDescription(
        id: "text.document-number",
        defaultSeverity: .warning,
        summary: "文号的年份未用六角括号〔〕",
        rationale: """
            GB/T 9704-2012《党政机关公文格式》：发文字号的年份用六角括号“〔〕”括入，如“教职成司函〔2024〕29号”，\
            不用方括号“[]”、圆括号“（）”或“【】”。报告引用上级文件时最常抄错这一处。修复是确定的（--fix 可自动修复）。
            """,
        triggering: [
            RuleExample("根据《通知》（教职成司函⟦[2024]⟧29号）要求。", messageContains: "〔2024〕"),
            RuleExample("根据渝教职成发⟦（2023）⟧2号文件和人社部发⟦(2024)⟧29 号文件。"),
            RuleExample("依据渝府办发⟦【2023】⟧69号。"),
        ],
        nonTriggering: [
            RuleExample("根据《通知》（教职成司函〔2024〕29号）要求，学校于（2024）年度完成验收，位于共和新村10号。"),
            RuleExample("质量年度报告（2024年），学校编号[2024]A3。"),
        ]
    )

    public init() {}

    public func check(_ context: LintContext) -> [Finding] {
        let prose = context.prose
        var findings: [Finding] = []
        let signs = prose.signs
        // Only the units with an opening bracket a document number's year may stand in.
        prose.scalars.withUnits { texts in
            signs.forEachUnit(having: { Self.closer(of: $0) != nil }) { index, places in
                let s = texts[index]
                for k in places {
                    let i = signs.indices[k]
                    guard let closer = Self.closer(of: s[i]),
                        let end = Self.documentNumberYear(s, at: i, closer: closer)
                    else {
                        continue
                    }
                    let year = String(scalars: s[(i + 1)..<(end - 1)])
                    let written = String(scalars: s[i..<end])
                    let span = prose.span(of: index, i..<end)
                    let replacement = "〔\(year)〕"
                    findings.append(
                        Finding(
                            message: "文号中的年份“\(written)”应使用六角括号：“\(replacement)”", span: span,
                            fix: Fix(
                                span: span, replacement: replacement, isSafe: true, message: "改为“\(replacement)”")))
                }
            }
        }
        return findings
    }

    /// A switch, not a dictionary: this runs at every punctuation mark of the report.
    private static func closer(of opener: Unicode.Scalar) -> Unicode.Scalar? {
        switch opener {
        case "[": "]"
        case "［": "］"
        case "(": ")"
        case "（": "）"
        case "【": "】"
        case "〖": "〗"
        default: nil
        }
    }

    /// "[2024]29号" after the issuing office's Chinese abbreviation: the end of the bracketed year.
    private static func documentNumberYear(
        _ s: UnsafeBufferPointer<Unicode.Scalar>, at i: Int, closer: Unicode.Scalar
    ) -> Int? {
        guard i > 0, ProseScalar.isHan(s[i - 1]) else { return nil }
        guard let (_, yearEnd) = DateText.year(s, at: i + 1), yearEnd < s.count, s[yearEnd] == closer else {
            return nil
        }
        let serialStart = DateText.skipSpaces(s, yearEnd + 1)
        guard let (_, serialEnd) = DateText.number(s, at: serialStart, maxDigits: 4) else { return nil }
        let hao = DateText.skipSpaces(s, serialEnd)
        guard hao < s.count, s[hao] == "号" else { return nil }
        return yearEnd + 1
    }
}
