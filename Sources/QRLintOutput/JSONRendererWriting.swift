/// Writes each `JSONOutput` type with its keys in sorted order. `JSONRendererTests` decodes the text back
/// into the same values, so a field added to a type but not written here fails there.
extension JSONRenderer {
    static func write(_ report: JSONOutput.Report, to w: inout JSONWriter) {
        w.beginObject()
        w.key("files")
        w.array(report.files) { write($1, to: &$0) }
        w.key("summary")
        w.beginObject()
        w.field("errors", report.summary.errors)
        w.field("files", report.summary.files)
        w.field("infos", report.summary.infos)
        w.field("warnings", report.summary.warnings)
        w.endObject()
        w.field("tool", report.tool)
        w.field("version", report.version)
        w.endObject()
    }

    static func write(_ file: JSONOutput.FileEntry, to w: inout JSONWriter) {
        w.beginObject()
        w.key("diagnostics")
        w.array(file.diagnostics) { write($1, to: &$0) }
        w.field("path", file.path)
        w.field("profile", file.profile)
        w.field("profileReason", file.profileReason)
        w.key("summary")
        w.beginObject()
        w.field("errors", file.summary.errors)
        w.field("infos", file.summary.infos)
        w.field("warnings", file.summary.warnings)
        w.endObject()
        w.key("suppressions")
        w.array(file.suppressions) { w, entry in
            w.beginObject()
            w.field("column", entry.column)
            w.field("line", entry.line)
            w.field("reason", entry.reason)
            w.key("rules")
            w.array(entry.rules) { $0.string($1) }
            w.field("silenced", entry.silenced)
            w.endObject()
        }
        w.endObject()
    }

    static func write(_ entry: JSONOutput.DiagnosticEntry, to w: inout JSONWriter) {
        w.beginObject()
        w.field("column", entry.column)
        w.field("endColumn", entry.endColumn)
        w.field("endLine", entry.endLine)
        if let fix = entry.fix {
            w.key("fix")
            w.beginObject()
            w.field("column", fix.column)
            w.key("edits")
            w.array(fix.edits) { w, edit in
                w.beginObject()
                w.field("column", edit.column)
                w.field("endColumn", edit.endColumn)
                w.field("endLine", edit.endLine)
                w.field("line", edit.line)
                w.field("replacement", edit.replacement)
                w.endObject()
            }
            w.field("endColumn", fix.endColumn)
            w.field("endLine", fix.endLine)
            w.field("line", fix.line)
            w.field("message", fix.message)
            w.field("replacement", fix.replacement)
            w.field("safe", fix.safe)
            w.endObject()
        }
        w.field("line", entry.line)
        w.field("message", entry.message)
        w.key("notes")
        w.array(entry.notes) { w, note in
            w.beginObject()
            w.field("column", note.column)
            w.field("endColumn", note.endColumn)
            w.field("endLine", note.endLine)
            w.field("line", note.line)
            w.field("message", note.message)
            if let page = note.page { w.field("page", page) }
            w.endObject()
        }
        if let page = entry.page { w.field("page", page) }
        if let paragraph = entry.paragraph { w.field("paragraph", paragraph) }
        w.field("rule", entry.rule)
        w.field("section", entry.section)
        w.key("sectionPath")
        w.array(entry.sectionPath) { $0.string($1) }
        w.field("severity", entry.severity)
        w.field("snippet", entry.snippet)
        w.endObject()
    }
}
