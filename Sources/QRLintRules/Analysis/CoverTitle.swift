import Foundation
import QRLintCore

/// The report's own titles: the cover title, any inner title before the first chapter ("璧山区中等职业学校
/// 年度质量报告"), and the unit the cover names — what detection reads and `structure.title` compares.
public struct CoverTitle: Sendable {
    public struct Line: Sendable {
        public var text: MappedText
        public var span: Span
        public var blockIndex: Int
        /// Comparable text without the year ("重庆市星河职业技术学校质量年度报告").
        public var body: [Unicode.Scalar]
        /// The year on the line, or on a line of its own right below it.
        public var year: YearForm?
    }

    /// The short lines of the cover (before the first front-matter heading and the first chapter), joined by
    /// line breaks: what the title words of a profile are matched against.
    public let coverText: String
    /// Short lines before the first chapter that name the report (质量年度报告 …) and are not sentences.
    public let titles: [Line]
    /// Comparable names of the unit the cover may name ("重庆市星河职业技术学校"), most likely first.
    public let units: [String]

    static let reportWords: [[Unicode.Scalar]] = ["质量年度报告", "年度质量报告", "质量年报", "质量报告", "年度报告"]
        .map { Array($0.unicodeScalars) }
    private static let unitSuffixes: [[Unicode.Scalar]] = [
        "学校", "中心", "学院", "大学", "中学", "技校", "公司", "集团", "委员会", "教委", "教育局", "教育厅", "人民政府",
        "社会保障局",
    ].map { Array($0.unicodeScalars) }
    /// Longer lines are sentences, not titles.
    static let maxTitleLength = 80

    public init(document: Document, outline: Outline) {
        let end = outline.chapters.first.map { outline.sections[$0].blockIndex } ?? min(document.blocks.count, 60)
        // The cover ends at the first front-matter heading (声明, 前言 …). Titles may come later: an inner title
        // often closes the 前言, just before the first chapter.
        let coverEnd =
            outline.sections.first { section in
                guard section.blockIndex < end else { return false }
                let title = ComparableText.string(section.heading.title.scalars)
                return FrontMatterParts.item(forHeading: title) != nil || FrontMatter.isFrontMatter(title)
            }?.blockIndex ?? end
        var cover: [String] = []
        var titles: [Line] = []
        var units: [String] = []
        var index = 0
        while index < end {
            defer { index += 1 }
            guard let (text, span) = Self.shortLine(document.blocks[index]) else { continue }
            if index < coverEnd { cover.append(text.string) }
            let comparable = ComparableText.of(text.scalars)
            guard let word = Self.reportWord(in: comparable), !Self.isSentence(text.scalars) else {
                if index < coverEnd, let unit = Self.unit(comparable) { units.append(unit) }
                continue
            }
            var year = YearForm.find(in: comparable)
            // The name without bracketed notes: "（2025 年度）", "（征求意见稿）".
            var body = ComparableText.of(Self.withoutBrackets(text.scalars))
            if let found = YearForm.find(in: body) { body.removeSubrange(found.range) }
            let rawBody = body
            body = Self.canonicalWording(body)
            if year == nil, index + 1 < end, let (next, _) = Self.shortLine(document.blocks[index + 1]) {
                let nextComparable = ComparableText.of(next.scalars)
                if let found = YearForm.find(in: nextComparable), found.range.count == nextComparable.count {
                    year = found
                }
            }
            if titles.isEmpty, let at = ScalarRun.firstIndex(of: word, in: rawBody),
                let unit = Self.unit(Array(rawBody[..<at]))
            {
                units.insert(unit, at: 0)
            }
            titles.append(Line(text: text, span: span, blockIndex: index, body: body, year: year?.form))
        }
        // A draft without a cover: its title lines still say what it is.
        if !cover.contains(where: { Self.reportWord(in: ComparableText.of($0.unicodeScalars)) != nil }) {
            cover += titles.map(\.text.string)
        }
        self.coverText = cover.joined(separator: "\n")
        self.titles = titles
        self.units = units
    }

    private static func withoutBrackets(_ s: [Unicode.Scalar]) -> [Unicode.Scalar] {
        var out: [Unicode.Scalar] = []
        var depth = 0
        for scalar in s {
            switch scalar {
            case "（", "(", "【", "[": depth += 1
            case "）", ")", "】", "]": depth = max(0, depth - 1)
            default: if depth == 0 { out.append(scalar) }
            }
        }
        return out
    }

    /// The text of a heading or a short paragraph, trimmed.
    private static func shortLine(_ block: Block) -> (MappedText, Span)? {
        let text: MappedText
        switch block {
        case .heading(let h): text = h.title.trimmed()
        case .paragraph(let p): text = p.text.trimmed()
        default: return nil
        }
        guard !text.isEmpty, text.count <= maxTitleLength else { return nil }
        return (text, block.span)
    }

    static func reportWord(in comparable: [Unicode.Scalar]) -> [Unicode.Scalar]? {
        reportWords.first { ScalarRun.contains(comparable, $0) }
    }

    /// A title has no sentence punctuation ("……公开形式为网站公开，网址为……" is a sentence) and quotes no
    /// document ("《关于做好职业教育质量年度报告工作的通知》").
    private static func isSentence(_ s: [Unicode.Scalar]) -> Bool {
        s.contains { $0 == "，" || $0 == "。" || $0 == "；" || $0 == "," || $0 == "《" || $0 == "》" }
    }

    /// Spellings that name the same thing: 质量年报 = 质量年度报告, 中等职业 = 中职, 高等职业 = 高职.
    private static let synonyms: [(String, String)] = [("质量年报", "质量年度报告"), ("中等职业", "中职"), ("高等职业", "高职")]

    static func canonicalWording(_ body: [Unicode.Scalar]) -> [Unicode.Scalar] {
        var text = ComparableText.string(body)
        for (long, short) in synonyms { text = text.replacingOccurrences(of: long, with: short) }
        return Array(text.unicodeScalars)
    }

    /// Whether comparable text names some institution: a unit word ("学校", "中心", "委员会" …) with at least
    /// two scalars of name in front of it ("星河职业技术学校", not the bare "学校对本报告……").
    static func namesSomeUnit(_ comparable: [Unicode.Scalar]) -> Bool {
        unitSuffixes.contains { suffix in
            var from = 0
            while let at = ScalarRun.firstIndex(of: suffix, in: comparable, from: from) {
                if at >= 2 { return true }
                from = at + 1
            }
            return false
        }
    }

    /// The text when it ends like the name of an institution ("…学校", "…中心", "…公司").
    private static func unit(_ comparable: [Unicode.Scalar]) -> String? {
        guard comparable.count >= 4, unitSuffixes.contains(where: { ScalarRun.hasSuffix(comparable, $0) }) else {
            return nil
        }
        return ComparableText.string(comparable)
    }
}
