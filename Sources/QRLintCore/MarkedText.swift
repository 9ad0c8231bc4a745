/// An example text with its `⟦…⟧` (primary) and `⟪…⟫` (related) marks taken out and remembered as
/// scalar ranges of the clean text.
public struct MarkedText: Sendable {
    public let text: String
    public let primary: [Span]
    public let related: [Span]

    public init(_ marked: String) {
        var clean = String.UnicodeScalarView()
        var primary: [Span] = []
        var related: [Span] = []
        var openPrimary: [Int] = []
        var openRelated: [Int] = []
        var count = 0
        for s in marked.unicodeScalars {
            switch s {
            case "⟦": openPrimary.append(count)
            case "⟧": if let start = openPrimary.popLast() { primary.append(Span(start: start, end: count)) }
            case "⟪": openRelated.append(count)
            case "⟫": if let start = openRelated.popLast() { related.append(Span(start: start, end: count)) }
            default:
                clean.append(s)
                count += 1
            }
        }
        self.text = String(clean)
        self.primary = primary.sorted()
        self.related = related.sorted()
    }

    public var hasMarks: Bool { !primary.isEmpty || !related.isEmpty }
}
