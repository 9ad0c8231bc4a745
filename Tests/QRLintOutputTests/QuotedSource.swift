import QRLintCore

/// A `SourceText` whose spans are found by quoting the text, so test reports read like their output.
struct QuotedSource {
    let source: SourceText

    init(path: String, text: String, lineKind: SourceText.LineKind = .line) {
        source = SourceText(path: path, text: text, lineKind: lineKind)
    }

    /// The `occurrence`-th (1-based) appearance of `needle`.
    func span(_ needle: String, occurrence: Int = 1) -> Span {
        let start = offset(of: needle, occurrence: occurrence)
        return Span(start: start, end: start + needle.unicodeScalars.count)
    }

    /// From the start of `first` to the end of the next `last` after it.
    func span(from first: String, through last: String) -> Span {
        let start = offset(of: first, occurrence: 1)
        let end = offset(of: last, occurrence: 1, from: start) + last.unicodeScalars.count
        return Span(start: start, end: end)
    }

    /// The empty span just after `needle`.
    func insertion(after needle: String) -> Span {
        let end = span(needle).end
        return Span(start: end, end: end)
    }

    private func offset(of needle: String, occurrence: Int, from: Int = 0) -> Int {
        let pattern = Array(needle.unicodeScalars)
        let scalars = source.scalars
        var found = 0
        var index = from
        while index + pattern.count <= scalars.count {
            if scalars[index..<index + pattern.count].elementsEqual(pattern) {
                found += 1
                if found == occurrence { return index }
            }
            index += 1
        }
        preconditionFailure("“\(needle)” (#\(occurrence)) is not in \(source.path)")
    }
}
