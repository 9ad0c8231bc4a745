import QRLintCore

/// Joins the lines of a paragraph into one text, the way a renderer shows it: Chinese runs on without a
/// space; a space is put back only between Latin words or numbers that the line break separated.
enum MarkdownParagraphJoin {
    /// `lines` are the content ranges (already trimmed) in source order.
    static func join(_ s: [Unicode.Scalar], _ lines: MarkdownParagraphLines) -> MappedText {
        var builder = SourceTextJoiner()
        for k in 0..<lines.count {
            let line = lines[k]
            var end = line.upperBound
            // A hard break ("\" at the end of a line that is not the last) is just a join.
            if k < lines.count - 1, endsWithHardBreakBackslash(s, line) {
                end -= 1
                while end > line.lowerBound, ScalarClass.isSpace(s[end - 1]) { end -= 1 }
            }
            if k > 0, let last = builder.last, line.lowerBound < end, needsSpace(last, s[line.lowerBound]) {
                builder.appendSynthetic(" ", at: lines[k - 1].upperBound)
            }
            builder.append(s, line.lowerBound..<end)
        }
        return builder.build(s)
    }

    /// An odd run of backslashes at the end: the last one is a hard break, not an escaped backslash.
    private static func endsWithHardBreakBackslash(_ s: [Unicode.Scalar], _ line: Range<Int>) -> Bool {
        var count = 0
        var i = line.upperBound
        while i > line.lowerBound, s[i - 1] == "\\" {
            count += 1
            i -= 1
        }
        return count % 2 == 1
    }

    private static func needsSpace(_ before: Unicode.Scalar, _ after: Unicode.Scalar) -> Bool {
        guard isLatinAlphanumeric(after) else { return false }
        switch before {
        case ",", ".", ";", ":", "!", "?", ")", "%": return true
        default: return isLatinAlphanumeric(before)
        }
    }

    private static func isLatinAlphanumeric(_ s: Unicode.Scalar) -> Bool {
        switch s.value {
        case 0x30...0x39, 0x41...0x5A, 0x61...0x7A: true
        default: false
        }
    }
}

/// The content ranges of a paragraph's lines, in source order. Most paragraphs are one line: that one is
/// kept inline. The reader keeps one of these for the whole document and starts it again for each
/// paragraph, so that the lines after the first grow one array once, not an array per paragraph.
struct MarkdownParagraphLines {
    private(set) var first: Range<Int> = 0..<0
    private var rest: [Range<Int>] = []

    init() {}

    var count: Int { rest.count + 1 }

    subscript(k: Int) -> Range<Int> { k == 0 ? first : rest[k - 1] }

    /// Forgets the lines so far; `first` is the first line of the next paragraph.
    mutating func start(_ first: Range<Int>) {
        self.first = first
        if !rest.isEmpty { rest.removeAll(keepingCapacity: true) }
    }

    mutating func append(_ line: Range<Int>) {
        rest.append(line)
    }
}
