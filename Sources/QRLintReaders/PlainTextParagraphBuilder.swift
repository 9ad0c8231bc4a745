import QRLintCore

/// Joins the lines of one paragraph into mapped text: Chinese joins without a space, two Latin words get
/// one synthetic space, and a number split across lines ("共计 12" + "34 人") joins up again.
///
/// One builder serves every paragraph of a document (`start`, `append`, `take`): it is never optional and
/// keeps its segment storage, so that opening and closing a paragraph allocates nothing but the text, and
/// it refers to its last line by index instead of holding a copy of it.
struct PlainTextParagraphBuilder {
    private var text = SourceTextJoiner()
    private var start = 0
    private var end = 0
    /// Whether a paragraph is open.
    private(set) var isOpen = false
    /// Index (in the reader's lines) of the last line joined so far: whether the next one continues
    /// depends on it.
    private(set) var lastLine = 0
    /// The longest line before `lastLine`: the paragraph's own wrap width (0 for a one-line paragraph).
    private(set) var widestEarlierLine = 0
    /// The length of `lastLine`, for `widestEarlierLine` when the next line joins.
    private var lastLength = 0

    init() {}

    /// Opens a paragraph with the line at `index` (the open one must have been taken).
    @inline(__always)
    mutating func start(_ line: PlainTextLine, at index: Int, _ s: [Unicode.Scalar]) {
        start = line.text.lowerBound
        end = line.text.upperBound
        lastLine = index
        lastLength = line.length
        widestEarlierLine = 0
        isOpen = true
        text.append(s, line.text)
    }

    mutating func append(_ line: PlainTextLine, at index: Int, _ s: [Unicode.Scalar]) {
        if let last = text.last, Self.needsSpace(after: last, before: s[line.text.lowerBound]) {
            text.appendSynthetic(" ", at: end)
        }
        text.append(s, line.text)
        end = line.text.upperBound
        widestEarlierLine = max(widestEarlierLine, lastLength)
        lastLine = index
        lastLength = line.length
    }

    /// The open paragraph, if any, closed: the builder is ready for the next one.
    mutating func take(_ s: [Unicode.Scalar]) -> Paragraph? {
        guard isOpen else { return nil }
        isOpen = false
        return Paragraph(text: text.take(s), span: Span(start: start, end: end))
    }

    /// A paragraph of one line, as `start` and `take` build it.
    static func single(_ line: PlainTextLine, _ s: [Unicode.Scalar]) -> Paragraph {
        Paragraph(text: SourceMappedText.text(s, line.text), span: Span(line.text))
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
