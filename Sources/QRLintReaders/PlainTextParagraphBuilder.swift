import QRLintCore

/// Joins the lines of one paragraph into mapped text: Chinese joins without a space, two Latin words get
/// one synthetic space, and a number split across lines ("共计 12" + "34 人") joins up again.
struct PlainTextParagraphBuilder {
    private var text = SourceTextJoiner()
    private var start: Int
    private var end: Int
    /// The last line joined so far: whether the next one continues depends on it.
    private(set) var lastLine: PlainTextLine
    /// The longest line before `lastLine`: the paragraph's own wrap width (0 for a one-line paragraph).
    private(set) var widestEarlierLine = 0

    /// `source` is borrowed: an initializer takes its arguments owned, which copied the whole `SourceText`.
    init(_ line: PlainTextLine, _ source: borrowing SourceText) {
        start = line.text.lowerBound
        end = line.text.upperBound
        lastLine = line
        text.append(source.scalars, line.text)
    }

    mutating func append(_ line: PlainTextLine, _ source: SourceText) {
        if let last = text.last, Self.needsSpace(after: last, before: source.scalars[line.text.lowerBound]) {
            text.appendSynthetic(" ", at: end)
        }
        text.append(source.scalars, line.text)
        end = line.text.upperBound
        widestEarlierLine = max(widestEarlierLine, lastLine.length)
        lastLine = line
    }

    func build(_ source: SourceText) -> Paragraph {
        Paragraph(text: text.build(source.scalars), span: Span(start: start, end: end))
    }

    static func needsSpace(after last: Unicode.Scalar, before first: Unicode.Scalar) -> Bool {
        guard isLatinLetter(first) else { return false }
        return isLatinLetter(last) || last == "," || last == ";" || last == ":"
    }

    private static func isLatinLetter(_ c: Unicode.Scalar) -> Bool {
        (c.value >= 0x41 && c.value <= 0x5A) || (c.value >= 0x61 && c.value <= 0x7A)
            || (c.value >= 0xC0 && c.value <= 0x24F && c.value != 0xD7 && c.value != 0xF7)
    }
}
