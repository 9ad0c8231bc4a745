import QRLintCore

/// Writes a report straight from the diagnostics, keys in sorted order, without building the `JSONOutput`
/// values first (their strings, arrays and the fixes' whole-stretch replacements cost more than the writing
/// did). `JSONRendererTests` decodes the text back and compares it with `JSONRenderer.output`, so this and the
/// schema cannot drift apart.
extension JSONRenderer {
    static func write(_ report: LintReport, to w: inout JSONWriter) {
        w.beginObject()
        w.key("files")
        w.array(report.files) { write($1, to: &$0) }
        w.key("summary")
        w.beginObject()
        w.field("errors", report.count(.error))
        w.field("files", report.files.count)
        w.field("infos", report.count(.info))
        w.field("warnings", report.count(.warning))
        w.endObject()
        w.field("tool", JSONOutput.tool)
        w.field("version", JSONOutput.version)
        w.endObject()
    }

    static func write(_ file: FileReport, to w: inout JSONWriter) {
        var counts = [0, 0, 0]
        for diagnostic in file.diagnostics {
            switch diagnostic.severity {
            case .error: counts[0] += 1
            case .warning: counts[1] += 1
            case .info: counts[2] += 1
            }
        }
        let source = file.source
        w.beginObject()
        w.key("diagnostics")
        w.array(file.diagnostics) { write($1, source: source, to: &$0) }
        w.field("path", file.path)
        w.field("profile", file.profile)
        w.field("profileReason", file.profileReason)
        w.key("summary")
        w.beginObject()
        w.field("errors", counts[0])
        w.field("infos", counts[2])
        w.field("warnings", counts[1])
        w.endObject()
        w.key("suppressions")
        w.array(file.suppressions) { w, record in
            let at = source.position(of: record.span.start)
            w.beginObject()
            w.field("column", at.column)
            w.field("line", at.line)
            w.field("reason", record.reason)
            w.key("rules")
            w.array(record.rules) { $0.string($1) }
            w.field("silenced", record.silenced)
            w.endObject()
        }
        w.endObject()
    }

    static func write(_ diagnostic: Diagnostic, source: SourceText, to w: inout JSONWriter) {
        let (start, end) = positions(diagnostic.span, in: source)
        w.beginObject()
        w.field("column", start.column)
        w.field("endColumn", end.column)
        w.field("endLine", end.line)
        if let fix = diagnostic.fix { write(fix, source: source, to: &w) }
        w.field("line", start.line)
        w.field("message", diagnostic.message)
        w.key("notes")
        w.array(diagnostic.notes) { w, note in
            let (start, end) = positions(note.span, in: source)
            w.beginObject()
            writeRange(start, end, to: &w)
            w.field("message", note.message)
            if let page = source.lineKind.page(ofLine: start.line) { w.field("page", page) }
            w.endObject()
        }
        if let page = source.lineKind.page(ofLine: start.line) { w.field("page", page) }
        if source.lineKind == .paragraph { w.field("paragraph", start.line) }
        w.field("rule", diagnostic.ruleID)
        w.key("section")
        w.beginString()
        for (index, title) in diagnostic.sectionPath.enumerated() {
            if index > 0 { w.stringContent(" › ") }
            w.stringContent(title)
        }
        w.endString()
        w.key("sectionPath")
        w.array(diagnostic.sectionPath) { $0.string($1) }
        w.field("severity", diagnostic.severity.rawValue)
        w.key("snippet")
        w.beginString()
        w.stringContent(
            scalars: source.scalars[clamped(diagnostic.span.range, to: source)].prefix(JSONOutput.snippetLimit))
        w.endString()
        w.endObject()
    }

    static func write(_ fix: Fix, source: SourceText, to w: inout JSONWriter) {
        let (start, end) = positions(fix.span, in: source)
        w.key("fix")
        w.beginObject()
        w.field("column", start.column)
        w.key("edits")
        w.array(fix.edits) { w, edit in
            let (start, end) = positions(edit.span, in: source)
            w.beginObject()
            writeRange(start, end, to: &w)
            w.field("replacement", edit.replacement)
            w.endObject()
        }
        w.field("endColumn", end.column)
        w.field("endLine", end.line)
        w.field("line", start.line)
        w.field("message", fix.message)
        // `Fix.replacement(in:)`, streamed: the covered source with every edit applied.
        w.key("replacement")
        w.beginString()
        if fix.edits.count == 1 {
            w.stringContent(fix.edits[0].replacement)
        } else {
            var at = fix.span.start
            for edit in fix.edits {
                w.stringContent(scalars: source.scalars[at..<edit.span.start])
                w.stringContent(edit.replacement)
                at = edit.span.end
            }
        }
        w.endString()
        w.field("safe", fix.isSafe)
        w.endObject()
    }

    /// `column`, `endColumn`, `endLine`, `line`: the first keys of a note and of an edit, in sorted order.
    private static func writeRange(_ start: SourcePosition, _ end: SourcePosition, to w: inout JSONWriter) {
        w.field("column", start.column)
        w.field("endColumn", end.column)
        w.field("endLine", end.line)
        w.field("line", start.line)
    }
}
