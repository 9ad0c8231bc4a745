extension Document {
    /// One line per block with its position, for reader tests and `--dump`:
    /// `Heading(1) @3:1-3:7 "1 学校概况"`.
    public func dump() -> String {
        var lines: [String] = []
        for block in blocks {
            let at = position(block.span)
            switch block {
            case .heading(let h):
                let number = h.number.map { "\($0.text) " } ?? ""
                lines.append("Heading(\(h.level)) \(at) \"\(number)\(h.title.string)\"")
            case .paragraph(let p):
                lines.append("Paragraph \(at) \"\(Self.abbreviate(p.text.string))\"")
            case .table(let t):
                lines.append("Table(\(t.rows.count)x\(t.rows.map(\.count).max() ?? 0)) \(at)")
                for row in t.rows {
                    lines.append("  | " + row.map { $0.text.string }.joined(separator: " | ") + " |")
                }
            case .caption(let c):
                lines.append("Caption(\(c.kind.rawValue) \(c.number)) \(at) \"\(c.title.string)\"")
            case .tocEntry(let e):
                lines.append("TOCEntry(\(e.page.map(String.init) ?? "-")) \(at) \"\(e.text.string)\"")
            case .comment(let c):
                lines.append("Comment \(at) \"\(Self.abbreviate(c.text))\"")
            }
        }
        return lines.joined(separator: "\n")
    }

    private func position(_ span: Span) -> String {
        let a = source.position(of: span.start)
        let b = source.position(of: span.end)
        return "@\(a.line):\(a.column)-\(b.line):\(b.column)"
    }

    private static func abbreviate(_ text: String) -> String {
        let scalars = Array(text.unicodeScalars)
        guard scalars.count > 40 else { return text }
        var view = String.UnicodeScalarView()
        view.append(contentsOf: scalars[0..<20])
        view.append(contentsOf: "…".unicodeScalars)
        view.append(contentsOf: scalars[(scalars.count - 12)...])
        return String(view)
    }
}
