import QRLintCore

/// 师生比 written "N:1" with N > 1 (that is a 生师比), and 生师比 written "1:N".
public struct IndicatorName: Rule {
    public static let description = RuleDescription(
        id: "terms.indicator-name",
        defaultSeverity: .warning,
        summary: "指标名称与数值方向不符（师生比 18.8:1 实为生师比）",
        rationale: """
            生师比 = 在校生数 ÷ 专任教师数，写作“18.8:1”；师生比是它的倒数，写作“1:18.8”。“师生比18.8:1”把两者\
            说反了，审核时会按生师比核对数据（DOMAIN.md §4）。按比值的方向判断：前项大于后项的是生师比，反之是师生比。
            """,
        triggering: [
            RuleExample("生均图书37.24册、⟦师生比⟧18.8:1。", messageContains: "生师比"),
            RuleExample("学校⟦生师比⟧为1：20。", messageContains: "师生比"),
        ],
        nonTriggering: [
            RuleExample("学校生师比为18.8:1，师生比 1：20，生师比达到国家标准。")
        ]
    )

    public init() {}

    public func check(_ context: LintContext) -> [Finding] {
        let prose = context.prose
        var findings: [Finding] = []
        for (name, other, studentsFirst) in [("师生比", "生师比", false), ("生师比", "师生比", true)] {
            for hit in prose.hits(of: name) {
                let s = prose.text(of: hit.unit).scalars
                guard let (a, b) = Self.ratio(s, after: hit.range.upperBound) else { continue }
                // 生师比 puts students first, so its first term is the larger one; 师生比 the reverse.
                let wrong = studentsFirst ? a < b : a > b
                guard wrong else { continue }
                let span = prose.span(hit)
                findings.append(
                    Finding(
                        message: "“\(name)”的数值写成了\(Self.format(a)):\(Self.format(b))，这是\(other)",
                        span: span,
                        fix: Fix(span: span, replacement: other, isSafe: false, message: "改为“\(other)”")))
            }
        }
        return findings.sorted { $0.span < $1.span }
    }

    /// "18.8:1" after the name, allowing 为/是/达/约 and spaces between.
    private static func ratio(_ s: [Unicode.Scalar], after start: Int) -> (Double, Double)? {
        var i = start
        var skipped = 0
        while i < s.count, skipped < 4, ProseScalar.isSpace(s[i]) || "为是达到约：:".unicodeScalars.contains(s[i]) {
            i += 1
            skipped += 1
        }
        guard let (a, afterA) = decimal(s, at: i) else { return nil }
        let colon = DateText.skipSpaces(s, afterA)
        guard colon < s.count, s[colon] == ":" || s[colon] == "：" else { return nil }
        guard let (b, _) = decimal(s, at: DateText.skipSpaces(s, colon + 1)), a > 0, b > 0 else { return nil }
        return (a, b)
    }

    private static func decimal(_ s: [Unicode.Scalar], at i: Int) -> (Double, Int)? {
        var k = i
        var text = ""
        while k < s.count, let d = ProseScalar.digit(s[k]) {
            text += String(d)
            k += 1
        }
        guard !text.isEmpty else { return nil }
        if k + 1 < s.count, s[k] == ".", ProseScalar.isDigit(s[k + 1]) {
            text += "."
            k += 1
            while k < s.count, let d = ProseScalar.digit(s[k]) {
                text += String(d)
                k += 1
            }
        }
        return Double(text).map { ($0, k) }
    }

    private static func format(_ value: Double) -> String {
        value == value.rounded() ? String(Int(value)) : String(value)
    }
}
