import QRLintCore

/// The date a report is signed or published: the date standing alone on the cover or under the
/// 内容真实性责任声明 ("2026 年 1 月 5 日"), a 发布日期 / 成文日期 field of a web page, or a date alone at the
/// very end. The latest of these; nil when the report shows none.
public struct SignatureDate: Sendable {
    public let date: WrittenDate
    public let span: Span

    public init(date: WrittenDate, span: Span) {
        self.date = date
        self.span = span
    }

    /// - Parameter firstChapterBlock: the index in `document.blocks` where the first chapter starts.
    public static func find(in document: Document, firstChapterBlock: Int) -> SignatureDate? {
        var best: SignatureDate?
        func consider(_ text: MappedText) {
            guard let found = alone(text), best.map({ found.date > $0.date }) ?? true else { return }
            best = found
        }
        let blocks = document.blocks
        let front = 0..<min(firstChapterBlock, blocks.count)
        let tail = max(front.upperBound, blocks.count - 6)..<blocks.count
        for range in [front, tail] {
            for block in blocks[range] {
                switch block {
                case .paragraph(let p): consider(p.text)
                case .table(let t):
                    for row in t.rows {
                        for (k, cell) in row.enumerated() where isDateLabel(cell.text) && k + 1 < row.count {
                            consider(row[k + 1].text)
                        }
                    }
                default: continue
                }
            }
        }
        return best
    }

    /// A text that is nothing but a full date (year, month and day).
    static func alone(_ text: MappedText) -> SignatureDate? {
        let s = text.scalars
        var start = 0
        while start < s.count, ProseScalar.isSpace(s[start]) { start += 1 }
        guard let (date, end) = DateText.date(s, at: start), date.day != nil else { return nil }
        var rest = end
        while rest < s.count, ProseScalar.isSpace(s[rest]) { rest += 1 }
        guard rest == s.count else { return nil }
        return SignatureDate(date: date, span: text.sourceSpan(start..<end))
    }

    private static func isDateLabel(_ text: MappedText) -> Bool {
        let compact = String(scalars: text.scalars.filter { !ProseScalar.isSpace($0) })
        return compact.containsText("发布日期") || compact.containsText("成文日期")
    }
}
