import QRLintCore

/// Two clause or sentence marks in a row: "、。" "，，" "。。" "；。".
public struct DoubledPunctuation: Rule {
    public static let description = RuleDescription(
        id: "text.doubled-punctuation",
        defaultSeverity: .warning,
        summary: "标点重复或连用（“、。”“，，”“。。”）",
        rationale: """
            GB/T 15834-2011 不允许点号连用：删改句子后常留下“、。”“，，”“；。”这样的残迹。相同的标点重复时删去一个，\
            句末点号前多出的顿号、逗号、分号、冒号删去，这两种修复是确定的（--fix 可自动修复）；其他组合只提示。\
            三个以上相同标点连写（目录引导线、省略）不算。
            """,
        triggering: [
            RuleExample("生均占地面积62.51平方米⟦、⟧。生均仪器设备值9081元。", messageContains: "句号前多了"),
            RuleExample("学校开设专业12个，⟦，⟧其中骨干专业3个。"),
            RuleExample("学校完成了年度目标。⟦。⟧"),
            RuleExample("学校修订了章程⟦；⟧。"),
            RuleExample("学校修订了章程。⟦，⟧完善了制度。", messageContains: "连用"),
        ],
        nonTriggering: [
            RuleExample("学校修订了章程。“三教”改革稳步推进……学校完善了制度！"),
            RuleExample("目录引导线。。。。。。12"),
            RuleExample("他问：“这是真的吗？！”"),
        ]
    )

    public init() {}

    public func check(_ context: LintContext) -> [Finding] {
        let prose = context.prose
        let signs = prose.signs
        var findings: [Finding] = []
        prose.scalars.withUnits { texts in
            for index in prose.units.indices where prose.units[index].kind != .tableCell {
                let places = signs.range(of: index)
                guard places.count > 1 else { continue }
                let s = texts[index]
                // Two marks in a row are a point and, before it past spaces only, another point (points are
                // signs, and nothing but spaces may stand between them).
                for k in places.dropFirst() {
                    let b = signs.indices[k]
                    guard Self.isPoint(s[b]) else { continue }
                    var a = b - 1
                    while a >= 0, ProseScalar.isSpace(s[a]) { a -= 1 }
                    guard a >= 0, Self.isPoint(s[a]) else { continue }
                    if Self.inRun(s, a) || Self.inRun(s, b) { continue }
                    findings.append(finding(prose.text(of: index), s, a, b))
                }
            }
        }
        return findings
    }

    private func finding(
        _ unit: MappedText, _ s: UnsafeBufferPointer<Unicode.Scalar>, _ a: Int, _ b: Int
    ) -> Finding {
        func span(at i: Int) -> Span { unit.sourceSpan(i..<(i + 1)) }
        let first = Self.width(s[a])
        let second = Self.width(s[b])
        let pair = "\(s[a])\(s[b])"
        if first == second {
            return Finding(
                message: "标点“\(pair)”重复", span: span(at: b),
                fix: Fix(span: span(at: b), replacement: "", isSafe: true, message: "删去重复的“\(s[b])”"))
        }
        if second == "。" {
            return Finding(
                message: "句号前多了“\(s[a])”", span: span(at: a),
                fix: Fix(span: span(at: a), replacement: "", isSafe: true, message: "删去“\(s[a])”"))
        }
        return Finding(
            message: "标点“\(pair)”连用，应只保留一个", span: span(at: b),
            fix: Fix(span: span(at: b), replacement: "", isSafe: false, message: "删去“\(s[b])”"))
    }

    /// Clause and sentence marks that never stand twice in a row.
    private static func isPoint(_ s: Unicode.Scalar) -> Bool {
        switch s {
        case "，", "。", "、", "；", "：", ",", ";": true
        default: false
        }
    }

    private static func width(_ s: Unicode.Scalar) -> Unicode.Scalar {
        switch s {
        case ",": "，"
        case ";": "；"
        default: s
        }
    }

    /// Three or more of the same mark: a leader line or an ellipsis typed with full stops.
    private static func inRun(_ s: UnsafeBufferPointer<Unicode.Scalar>, _ i: Int) -> Bool {
        var start = i
        while start > 0, s[start - 1] == s[i] { start -= 1 }
        var end = i + 1
        while end < s.count, s[end] == s[i] { end += 1 }
        return end - start >= 3
    }
}
