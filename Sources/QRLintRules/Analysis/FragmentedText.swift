import QRLintCore

/// The comparable text of a stretch of source lines, in which a name is looked for whole or cut into
/// pieces over nearby lines. PDF text prints a wide table one column at a time, so a name too long for its
/// cell comes out as "毕业生去向落实人 人" and, a few lines later, "数": the cell's second line, with the
/// unit, a year header or a row number between the pieces.
struct FragmentedText {
    /// Comparable text per line; lines with nothing to compare are left out.
    let lines: [[Unicode.Scalar]]
    private let joined: [Unicode.Scalar]

    /// How many lines after a piece its continuation may come: the other columns' cells printed between.
    /// Lines of digits only (a year column's values, row numbers after a page break) do not count.
    static let window = 8
    /// A name is cut at most this often (three lines of a narrow column).
    static let maxCuts = 2

    init(lines: [[Unicode.Scalar]]) {
        self.lines = lines.filter { !$0.isEmpty }
        self.joined = self.lines.flatMap { $0 }
    }

    /// The source lines that `span` touches, as written (a reader may have joined or split them).
    init(source: SourceText, span: Span) {
        guard !span.isEmpty else {
            self.init(lines: [])
            return
        }
        let first = source.position(of: span.start).line
        let last = source.position(of: span.end - 1).line
        self.init(lines: (first...last).map { ComparableText.of(source.scalars[source.lineRange($0)]) })
    }

    /// `name` (comparable) occurs whole, across joined lines, or as a first piece anywhere in a line whose
    /// remaining pieces each open one of the next lines.
    func contains(_ name: [Unicode.Scalar]) -> Bool {
        guard !name.isEmpty else { return true }
        if ScalarRun.contains(joined, name) { return true }
        guard name.count > 1 else { return false }
        for (index, line) in lines.enumerated() {
            // The longest start of the name anywhere in the line; every shorter start is there too.
            var longest = 0
            for offset in line.indices where line[offset] == name[0] {
                var k = 1
                while k < name.count - 1, offset + k < line.count, line[offset + k] == name[k] { k += 1 }
                longest = max(longest, k)
            }
            for cut in stride(from: longest, through: 1, by: -1)
            where continues(name[cut...], after: index, cuts: 1) {
                return true
            }
        }
        return false
    }

    /// `rest` opens one of the lines after `index`, or a start of it does and the remainder continues so.
    private func continues(_ rest: ArraySlice<Unicode.Scalar>, after index: Int, cuts: Int) -> Bool {
        var counted = 0
        for next in (index + 1)..<lines.count {
            let line = lines[next]
            guard line.contains(where: { !("0"..."9").contains($0) }) else { continue }
            counted += 1
            if counted > Self.window { break }
            var k = 0
            while k < rest.count, k < line.count, line[k] == rest[rest.startIndex + k] { k += 1 }
            if k == rest.count { return true }
            if k > 0, cuts < Self.maxCuts, continues(rest.dropFirst(k), after: next, cuts: cuts + 1) { return true }
        }
        return false
    }
}
