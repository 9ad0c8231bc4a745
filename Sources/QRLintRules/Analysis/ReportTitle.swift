import QRLintCore

/// The cover and title area of a report: the text before its first chapter, where the report names its
/// school, type and year.
public struct ReportTitle: Sendable {
    /// Cover text, at most a few thousand scalars, blocks joined by newlines.
    public let text: String
    /// The reporting year ("2025 年度", "（2024年）", "2024-2025学年度" → 2025), when the title says it.
    public internal(set) var year: Int?
    /// The title calls the document a quality report (质量年度报告, 质量年报, 年度质量报告 …).
    public let namesReport: Bool

    public init(document: Document, outline: Outline) {
        let end = outline.chapters.first.map { outline.sections[$0].blockIndex } ?? min(document.blocks.count, 40)
        var scalars: [Unicode.Scalar] = []
        for block in document.blocks[0..<end] {
            let piece: [Unicode.Scalar]
            switch block {
            case .heading(let h): piece = h.title.scalars
            case .paragraph(let p): piece = p.text.scalars
            case .table(let t): piece = t.rows.flatMap { $0.flatMap { $0.text.scalars + [" "] } }
            default: continue
            }
            scalars += piece.prefix(400)
            scalars.append("\n")
            if scalars.count > 4000 { break }
        }
        self.text = String(scalars: scalars)
        let compact = TitleText.normalize(scalars)
        self.namesReport = ["质量年度报告", "质量年报", "年度质量报告", "质量报告"].contains { compact.contains($0) }
        self.year = Self.year(in: Array(compact.unicodeScalars))
    }

    /// The first year written as a report year: "2025年度", "（2024年）", "2024-2025学年度" (the later year).
    static func year(in s: [Unicode.Scalar]) -> Int? {
        var i = 0
        while i + 4 <= s.count {
            guard let first = fourDigitYear(s, i) else {
                i += 1
                continue
            }
            var j = i + 4
            // "2024-2025学年度": take the second year.
            if j < s.count, s[j] == "-" || s[j] == "—" || s[j] == "－" || s[j] == "~" || s[j] == "～" {
                var k = j + 1
                while k < s.count, s[k] == "—" { k += 1 }
                if let second = fourDigitYear(s, k) {
                    let afterSecond = k + 4
                    if afterSecond < s.count, s[afterSecond] == "学" || s[afterSecond] == "年" { return second }
                    j = afterSecond
                }
            }
            if j + 1 < s.count, s[j] == "年", s[j + 1] == "度" { return first }
            if j < s.count, s[j] == "年", i > 0, s[i - 1] == "（" || s[i - 1] == "(" { return first }
            i = j
        }
        return nil
    }

    private static func fourDigitYear(_ s: [Unicode.Scalar], _ i: Int) -> Int? {
        guard i + 4 <= s.count else { return nil }
        var value = 0
        for k in i..<(i + 4) {
            guard let d = s[k].properties.numericType == .decimal ? Int(s[k].properties.numericValue ?? -1) : nil else {
                return nil
            }
            value = value * 10 + d
        }
        if i > 0, s[i - 1].properties.numericType == .decimal { return nil }
        if i + 4 < s.count, s[i + 4].properties.numericType == .decimal { return nil }
        return (2000...2099).contains(value) ? value : nil
    }
}
