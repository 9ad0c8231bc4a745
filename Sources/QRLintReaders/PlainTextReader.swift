import QRLintCore

/// Plain text, mostly text extracted from PDF or Word → `Document`.
///
/// Extracted text breaks lines inside sentences (often with blank lines between), puts page numbers and
/// running headers on lines of their own, flattens tables into tab- or space-separated rows, and keeps
/// 目录 lines with their page numbers. The reader undoes that: it joins wrapped lines into paragraphs,
/// drops page numbers and running headers, and recognises headings by their numbering and shape,
/// captions, tables, 目录 entries and `qrlint:` comment lines. Every block and every scalar of its text
/// maps back into the source. One scan computes each line's own facts (`PlainTextLineScanner`), one pass
/// over all lines measures the layout (`PlainTextLayout`), and one more pass in order assembles the
/// blocks (`PlainTextAssembler`): linear in the input size.
public enum PlainTextReader {
    public static func read(_ source: SourceText) -> Document {
        var lines = PlainTextLineScanner.scan(source)
        let layout = PlainTextLayout.measure(&lines, source.scalars)
        var assembler = PlainTextAssembler(source: source, lines: lines, layout: layout)
        return Document(source: source, format: .text, blocks: assembler.assemble())
    }
}
