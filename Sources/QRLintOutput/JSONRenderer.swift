import QRLintCore

/// Machine-readable output for scripts and spreadsheets; the schema is `JSONOutput`.
///
/// Pretty-printed with sorted keys, slashes and non-ASCII text unescaped (UTF-8), ending with a line break.
public struct JSONRenderer: Renderer {
    public init() {}

    public func render(_ report: LintReport) -> String {
        String(decoding: renderUTF8(report), as: UTF8.self)
    }

    public func renderUTF8(_ report: LintReport) -> [UInt8] {
        var writer = JSONWriter(capacity: Self.estimatedSize(report))
        Self.write(report, to: &writer)
        writer.newline()
        return writer.takeBytes()
    }

    /// A generous guess at the size of the text: growing the buffer copied megabytes several times over, while
    /// room reserved and never written costs nothing (the pages are not touched).
    static func estimatedSize(_ report: LintReport) -> Int {
        var bytes = 4096
        for file in report.files {
            bytes += 2048 * file.diagnostics.count
            for diagnostic in file.diagnostics {
                // A fix's replacement spells out the source it covers: up to three bytes per scalar.
                if let fix = diagnostic.fix { bytes += 3 * fix.span.range.count }
            }
        }
        return bytes
    }

    /// The report in the shape of the JSON schema.
    public static func output(_ report: LintReport) -> JSONOutput.Report {
        let files = report.files.map(fileEntry)
        return JSONOutput.Report(
            version: JSONOutput.version,
            tool: JSONOutput.tool,
            summary: JSONOutput.Totals(
                files: report.files.count,
                errors: report.count(.error),
                warnings: report.count(.warning),
                infos: report.count(.info)),
            files: files)
    }

    static func fileEntry(_ file: FileReport) -> JSONOutput.FileEntry {
        func count(_ severity: Severity) -> Int {
            file.diagnostics.reduce(0) { $0 + ($1.severity == severity ? 1 : 0) }
        }
        var entry = JSONOutput.FileEntry(
            path: file.path,
            profile: file.profile,
            profileReason: file.profileReason,
            summary: JSONOutput.Counts(errors: count(.error), warnings: count(.warning), infos: count(.info)),
            diagnostics: file.diagnostics.map { diagnosticEntry($0, source: file.source) })
        entry.suppressions = file.suppressions.map { record in
            let at = file.source.position(of: record.span.start)
            return JSONOutput.SuppressionEntry(
                rules: record.rules, reason: record.reason, line: at.line, column: at.column, silenced: record.silenced)
        }
        return entry
    }

    static func diagnosticEntry(_ diagnostic: Diagnostic, source: SourceText) -> JSONOutput.DiagnosticEntry {
        let (start, end) = positions(diagnostic.span, in: source)
        let flagged = source.scalars[clamped(diagnostic.span.range, to: source)].prefix(JSONOutput.snippetLimit)
        let snippet = String(scalars: flagged)
        return JSONOutput.DiagnosticEntry(
            rule: diagnostic.ruleID,
            severity: diagnostic.severity.rawValue,
            message: diagnostic.message,
            line: start.line,
            column: start.column,
            endLine: end.line,
            endColumn: end.column,
            section: diagnostic.sectionLabel,
            sectionPath: diagnostic.sectionPath,
            snippet: snippet,
            notes: diagnostic.notes.map { noteEntry($0, source: source) },
            fix: diagnostic.fix.map { fixEntry($0, source: source) },
            paragraph: source.lineKind == .paragraph ? start.line : nil,
            page: source.lineKind.page(ofLine: start.line))
    }

    static func noteEntry(_ note: Note, source: SourceText) -> JSONOutput.NoteEntry {
        let (start, end) = positions(note.span, in: source)
        return JSONOutput.NoteEntry(
            message: note.message, line: start.line, column: start.column, endLine: end.line, endColumn: end.column,
            page: source.lineKind.page(ofLine: start.line))
    }

    static func fixEntry(_ fix: Fix, source: SourceText) -> JSONOutput.FixEntry {
        let (start, end) = positions(fix.span, in: source)
        let edits = fix.edits.map { edit in
            let (start, end) = positions(edit.span, in: source)
            return JSONOutput.EditEntry(
                replacement: edit.replacement, line: start.line, column: start.column, endLine: end.line,
                endColumn: end.column)
        }
        return JSONOutput.FixEntry(
            replacement: fix.replacement(in: source.scalars), safe: fix.isSafe, message: fix.message,
            line: start.line, column: start.column, endLine: end.line, endColumn: end.column, edits: edits)
    }

    /// Start and exclusive end of a span, 1-based, columns in scalars.
    static func positions(_ span: Span, in source: SourceText) -> (SourcePosition, SourcePosition) {
        (source.position(of: span.start), source.position(of: span.end))
    }

    static func clamped(_ range: Range<Int>, to source: SourceText) -> Range<Int> {
        let lower = max(0, min(range.lowerBound, source.scalars.count))
        return lower..<max(lower, min(range.upperBound, source.scalars.count))
    }
}
