import QRLintCore

/// Joins the lines of a paragraph into one text, the way a renderer shows it: Chinese runs on without a
/// space; a space is put back only between Latin words or numbers that the line break separated.
enum MarkdownParagraphJoin {
    /// `lines` are the content ranges (already trimmed) in source order.
    static func join(_ source: SourceText, _ lines: [Range<Int>]) -> MappedText {
        let s = source.scalars
        var builder = MappedTextBuilder()
        for (k, line) in lines.enumerated() {
            var end = line.upperBound
            // A hard break ("\" at the end of a line that is not the last) is just a join.
            if k < lines.count - 1, endsWithHardBreakBackslash(s, line) {
                end -= 1
                while end > line.lowerBound, ScalarClass.isSpace(s[end - 1]) { end -= 1 }
            }
            if k > 0, let last = builder.last, line.lowerBound < end, needsSpace(last, s[line.lowerBound]) {
                builder.appendSynthetic(" ", at: lines[k - 1].upperBound)
            }
            builder.append(source, line.lowerBound..<end)
        }
        return builder.build()
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
