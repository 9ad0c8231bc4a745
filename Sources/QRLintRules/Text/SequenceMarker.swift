import QRLintCore

/// Item numbers written "1、", "（一）、" or "一." instead of "1." "（一）" "一、".
public struct SequenceMarker: Rule {
    public static let description = RuleDescription(
        id: "text.sequence-marker",
        defaultSeverity: .warning,
        summary: "序号写法不规范（“1、”“（一）、”“一.”）",
        rationale: """
            GB/T 15834-2011 的序号写法：“一、”“（一）”“1.”“（1）”。阿拉伯数字后用下脚点而不用顿号（“1、”应为“1.”），\
            括号序号后不再加顿号（“（一）、”应为“（一）”），汉字数字后用顿号而不用点（“一.”应为“一、”）。只检查标题、\
            段首和冒号、分号、句号之后的序号；“11、20名”这样的数字并列不算。修复是确定的（--fix 可自动修复）。
            """,
        triggering: [
            RuleExample("主要举措：1⟦、⟧完善制度；2⟦、⟧强化考核。", messageContains: "“1.”"),
            RuleExample("（一）⟦、⟧完善制度\n\n学校修订了章程。"),
            RuleExample("一⟦.⟧学校概况\n\n学校创办于1985年。", messageContains: "“一、”"),
            RuleExample("# 1⟦、⟧学校概况\n\n学校创办于1985年。"),
        ],
        nonTriggering: [
            RuleExample("学生在技能大赛中分列第11、20名，2024、2025年连续获奖。"),
            RuleExample("主要举措：1.完善制度；2.强化考核。（一）加强党建；一、学校概况。"),
            RuleExample("主要举措：1、2号楼完成改造。圆周率约为3.14。"),
        ]
    )

    public init() {}

    public func check(_ context: LintContext) -> [Finding] {
        var findings: [Finding] = []
        let source = context.document.source
        // Every heading is a section of the outline, in document order. Only the fields asked about are read:
        // copying each heading (its number, title and their arrays) cost more than the check.
        let sections = context.outline.sections
        for index in sections.indices {
            guard let style = sections[index].numberStyle else { continue }
            switch style {
            case .arabic:
                let end = sections[index].heading.number?.span.end ?? 0
                guard end > 0, source.scalars[end - 1] == "、" else { continue }
            case .parenthesizedChinese, .parenthesizedArabic:
                guard sections[index].heading.title.scalars.first == "、" else { continue }
            default:
                continue
            }
            let heading = sections[index].heading
            if let number = heading.number {
                findings += Self.headingNumber(number, title: heading.title, source: source)
            }
        }
        let prose = context.prose
        // One array for every unit's starts: a unit has one or two, and an array each cost more than finding them.
        var starts: [Int] = []
        let signs = prose.signs
        prose.scalars.withUnits { texts in
            // Every wrong marker ends in a 、 . or ． (all signs) after the end of a number: a unit without such a
            // mark has none to find and is skipped among the signs, without a look at it; one without such a mark
            // after a number has none either, and its text is not taken from its block (a cache miss, a retain
            // and a release; most paragraphs have a 、).
            signs.forEachUnit(having: Self.isMarkerEnd) { index, places in
                guard prose.units[index].kind != .tableCell else { return }
                let unit = texts[index]
                guard places.contains(where: { Self.mayEndMarker(unit, signs.indices[$0]) }) else { return }
                let text = prose.text(of: index)
                let s = text.scalars
                Self.itemStarts(text, signs: prose.signs, index: index, source: source, into: &starts)
                for start in starts {
                    if let finding = Self.marker(s, at: start, in: text) { findings.append(finding) }
                }
            }
        }
        return findings
    }

    /// The marks a wrong marker ends in (`mayEndMarker`).
    private static func isMarkerEnd(_ s: Unicode.Scalar) -> Bool { s == "、" || s == "." || s == "．" }

    /// Whether the mark at `i` may end a marker `marker(_:at:in:)` reports: a 、 after a digit or a closing
    /// bracket ("1、", "（一）、"), a . or ． after a Chinese numeral ("一."). Weaker than `marker`, never
    /// stricter: a unit it rules out has no finding.
    static func mayEndMarker(_ s: UnsafeBufferPointer<Unicode.Scalar>, _ i: Int) -> Bool {
        guard i > 0, i < s.count else { return false }
        let before = s[i - 1]
        switch s[i] {
        case "、": return ProseScalar.isDigit(before) || before == "）" || before == ")"
        case ".", "．": return isChineseNumeral(before)
        default: return false
        }
    }

    /// "1、" and "1.1、" read as heading numbers, and "（一）、" whose 顿号 was left at the start of the title.
    private static func headingNumber(_ number: HeadingNumber, title: MappedText, source: SourceText) -> [Finding] {
        let end = number.span.end
        if number.style == .arabic, end > 0, source.scalars[end - 1] == "、" {
            let span = Span(start: end - 1, end: end)
            if number.components.count == 1 {
                return [arabicFinding(span, written: number.text, digits: String(number.components[0]))]
            }
            let bare = number.components.map(String.init).joined(separator: ".")
            return [
                Finding(
                    message: "标题编号“\(number.text)”后不加顿号，应写作“\(bare)”", span: span,
                    fix: Fix(span: span, replacement: "", isSafe: true, message: "删去“、”"))
            ]
        }
        if number.style == .parenthesizedChinese || number.style == .parenthesizedArabic, title.scalars.first == "、" {
            let span = title.sourceSpan(0..<1)
            return [parenthesizedFinding(span, written: number.text)]
        }
        return []
    }

    /// Where an item may start in a unit: its start, after ：；。, and at the start of a source line (a list
    /// whose lines the reader joined into one paragraph). Read from the marks, not from every scalar.
    private static func itemStarts(
        _ text: MappedText, signs: ProsePositions, index: Int, source: SourceText, into starts: inout [Int]
    ) {
        let s = text.scalars
        func nonSpace(from i: Int) -> Int? {
            var k = i
            while k < s.count, ProseScalar.isSpace(s[k]) { k += 1 }
            return k < s.count ? k : nil
        }
        // An array sorted and cleared of repeats at the end: cheaper than a set for the few starts of a unit.
        starts.removeAll(keepingCapacity: true)
        if let first = nonSpace(from: 0) { starts.append(first) }
        for k in signs.range(of: index) {
            let i = signs.indices[k]
            switch s[i] {
            case "：", "；", "。", ":", ";":
                if let next = nonSpace(from: i + 1) { starts.append(next) }
            default: continue
            }
        }
        for piece in 0..<text.segmentCount {
            let segment = text.segment(piece)
            guard segment.length > 0, segment.textStart > 0 else { continue }
            var k = segment.sourceStart - 1
            while k >= 0, source.scalars[k] == " " || source.scalars[k] == "\t" || source.scalars[k] == "\u{3000}" {
                k -= 1
            }
            if k < 0 || source.scalars[k] == "\n", let first = nonSpace(from: segment.textStart) {
                starts.append(first)
            }
        }
        guard starts.count > 1 else { return }
        starts.sort()
        var kept = 1
        for k in 1..<starts.count where starts[k] != starts[kept - 1] {
            starts[kept] = starts[k]
            kept += 1
        }
        starts.removeLast(starts.count - kept)
    }

    private static func marker(_ s: [Unicode.Scalar], at p: Int, in mapped: MappedText) -> Finding? {
        func span(at i: Int) -> Span { mapped.sourceSpan(i..<(i + 1)) }
        // Most item starts are a Chinese character: one look tells there is no number.
        let first = s[p]
        guard ProseScalar.isDigit(first) || first == "（" || first == "(" || isChineseNumeral(first) else { return nil }
        // 1、
        if let (value, end) = DateText.number(s, at: p, maxDigits: 2), (1...30).contains(value), end < s.count,
            s[end] == "、", end + 1 < s.count, !ProseScalar.isDigit(s[end + 1])
        {
            return arabicFinding(span(at: end), written: text(s, p..<(end + 1)), digits: text(s, p..<end))
        }
        // （一）、 (1)、
        if s[p] == "（" || s[p] == "(" {
            var k = p + 1
            while k < s.count, k - p <= 3, ProseScalar.isDigit(s[k]) || isChineseNumeral(s[k]) { k += 1 }
            if k > p + 1, k + 1 < s.count, s[k] == "）" || s[k] == ")", s[k + 1] == "、" {
                return parenthesizedFinding(span(at: k + 1), written: text(s, p..<(k + 1)))
            }
            return nil
        }
        // 一.
        var k = p
        while k < s.count, k - p < 3, isChineseNumeral(s[k]) { k += 1 }
        if k > p, k + 1 < s.count, s[k] == "." || s[k] == "．",
            ProseScalar.isHan(s[k + 1]) || ProseScalar.isSpace(s[k + 1])
        {
            let numeral = text(s, p..<k)
            let span = span(at: k)
            return Finding(
                message: "序号“\(numeral)\(s[k])”应写作“\(numeral)、”", span: span,
                fix: Fix(span: span, replacement: "、", isSafe: true, message: "改为“、”"))
        }
        return nil
    }

    private static func arabicFinding(_ span: Span, written: String, digits: String) -> Finding {
        Finding(
            message: "序号“\(written)”应写作“\(digits).”", span: span,
            fix: Fix(span: span, replacement: ".", isSafe: true, message: "改为“.”"))
    }

    private static func parenthesizedFinding(_ span: Span, written: String) -> Finding {
        Finding(
            message: "序号“\(written)、”后不加顿号，应写作“\(written)”", span: span,
            fix: Fix(span: span, replacement: "", isSafe: true, message: "删去“、”"))
    }

    private static func isChineseNumeral(_ s: Unicode.Scalar) -> Bool {
        (ProseScalar.chineseDigit(s) ?? 0) > 0 || s == "十"
    }

    private static func text(_ s: [Unicode.Scalar], _ range: Range<Int>) -> String {
        String(scalars: s[range])
    }
}
