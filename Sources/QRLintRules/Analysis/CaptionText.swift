/// Reads a caption written as text: a 图目录 line, a 附表 title, or a caption the reader left in a paragraph
/// ("典型案例10：…。" ends like a sentence, so readers keep it as text). Captions the readers recognise come
/// as `Block.caption`; this only covers what they cannot see.
public enum CaptionText {
    public enum Kind: String, Sendable, Hashable, CaseIterable {
        case figure
        case table
        case caseStudy
        /// 附表 N: the indicator tables at the end, numbered apart from the body's 表 N.
        case appendixTable

        /// "图", "表", "案例", "附表".
        public var word: String {
            switch self {
            case .figure: "图"
            case .table: "表"
            case .caseStudy: "案例"
            case .appendixTable: "附表"
            }
        }
    }

    public struct Parsed: Sendable, Hashable {
        public var kind: Kind
        /// [3] for "3", [2, 1] for "2-1" or "2.1".
        public var number: [Int]
        /// Scalar range of the title in the parsed text.
        public var title: Range<Int>
    }

    private static let prefixes: [(Kind, [Unicode.Scalar])] = [
        (.appendixTable, Array("附表".unicodeScalars)), (.caseStudy, Array("典型案例".unicodeScalars)),
        (.caseStudy, Array("案例".unicodeScalars)), (.figure, ["图"]), (.table, ["表"]),
    ]

    /// - Parameter strict: for paragraph text: the number must be followed by "：", ":" or a closing 】, or
    ///   the whole text must be short — so that "图 1 至图 3 展示了…" is not taken for a caption.
    public static func parse(_ s: [Unicode.Scalar], strict: Bool = false) -> Parsed? {
        var i = 0
        // Markdown emphasis around a caption kept as a paragraph: "**附表 1 人才培养质量计分卡**".
        while i < s.count, isSpace(s[i]) || s[i] == "*" || s[i] == "_" { i += 1 }
        var bracketed = false
        if i < s.count, s[i] == "【" || s[i] == "[" {
            bracketed = true
            i += 1
        }
        guard let (kind, prefix) = prefixes.first(where: { ScalarRun.hasPrefix(s, at: i, $0.1) }) else {
            return nil
        }
        i += prefix.count
        while i < s.count, isSpace(s[i]) { i += 1 }
        guard let (first, afterFirst) = digits(s, i) else { return nil }
        var number = [first]
        i = afterFirst
        if i + 1 < s.count, isNumberJoiner(s[i]), let (second, afterSecond) = digits(s, i + 1) {
            number.append(second)
            i = afterSecond
        }
        var explicit = false
        if bracketed {
            guard i < s.count, s[i] == "】" || s[i] == "]" else { return nil }
            i += 1
            explicit = true
        }
        let separatorStart = i
        while i < s.count, isSpace(s[i]) || s[i] == "：" || s[i] == ":" || s[i] == "、" || s[i] == "." || s[i] == "．" {
            if s[i] == "：" || s[i] == ":" { explicit = true }
            i += 1
        }
        if i == separatorStart, !bracketed, i < s.count { return nil }
        if strict {
            // A sentence that starts with "表 2" ("表 2 显示，……。") is not a caption; a case title may end in
            // "。" when it follows "：" ("典型案例10：铸就……，推动……。").
            let sentence = s[i...].contains { $0 == "。" || $0 == "，" || $0 == "；" }
            if kind == .caseStudy ? !explicit && (sentence || s.count > 60) : sentence || (!explicit && s.count > 60) {
                return nil
            }
        }
        var end = s.count
        while end > i, isSpace(s[end - 1]) || s[end - 1] == "*" || s[end - 1] == "_" { end -= 1 }
        return Parsed(kind: kind, number: number, title: i..<end)
    }

    /// "图 3", "表 2-1", "案例 5", "附表 2".
    /// Appended part by part: a label is short enough to be stored in the string itself, with no allocation,
    /// where interpolating and joining allocated.
    public static func label(_ kind: Kind, _ number: [Int]) -> String {
        var label = kind.word
        label.append(" ")
        appendNumber(number, to: &label)
        return label
    }

    public static func numberText(_ number: [Int]) -> String {
        var text = ""
        appendNumber(number, to: &text)
        return text
    }

    /// "2-1": the parts joined by "-".
    private static func appendNumber(_ number: [Int], to text: inout String) {
        for (i, part) in number.enumerated() {
            if i > 0 { text.append("-") }
            text.append(String(part))
        }
    }

    /// "2-1", "2.1", "2－1" → [2, 1]; "3" → [3]; nil for anything else.
    public static func number(_ text: String) -> [Int]? {
        let s = Array(text.unicodeScalars)
        guard let (first, after) = digits(s, 0) else { return nil }
        if after == s.count { return [first] }
        guard after + 1 < s.count, isNumberJoiner(s[after]), let (second, end) = digits(s, after + 1), end == s.count
        else { return nil }
        return [first, second]
    }

    private static func digits(_ s: [Unicode.Scalar], _ start: Int) -> (Int, Int)? {
        var i = start
        var value = 0
        while i < s.count, i - start < 3, let d = digit(s[i]) {
            value = value * 10 + d
            i += 1
        }
        guard i > start else { return nil }
        if i < s.count, digit(s[i]) != nil { return nil }
        return (value, i)
    }

    private static func digit(_ s: Unicode.Scalar) -> Int? {
        switch s.value {
        case 0x30...0x39: Int(s.value - 0x30)
        case 0xFF10...0xFF19: Int(s.value - 0xFF10)
        default: nil
        }
    }

    private static func isNumberJoiner(_ s: Unicode.Scalar) -> Bool {
        s == "-" || s == "－" || s == "—" || s == "–" || s == "." || s == "．"
    }

    static func isSpace(_ s: Unicode.Scalar) -> Bool {
        s == " " || s == "\t" || s == "\u{3000}" || s == "\u{A0}" || s == "\n" || s == "\r"
    }
}
