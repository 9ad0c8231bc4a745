/// Word fields (`w:fldChar` begin / separate / end, with `w:instrText` between) open and close across runs
/// and paragraphs; a 目录 is one TOC field spanning all its lines. Text is shown only in field results,
/// never in field codes, and a paragraph whose text comes from a TOC field's result is a 目录 line.
struct DocxFieldStack {
    private struct Field {
        var instruction = ""
        var inResult = false
        var isTOC: Bool { instruction.uppercased().drop(while: { $0 == " " }).hasPrefix("TOC") }
    }

    private var fields: [Field] = []

    /// Text here is shown (no field on the stack is still in its code part).
    var showsText: Bool { fields.allSatisfy(\.inResult) }

    /// Text here belongs to a 目录.
    var inTOCResult: Bool { fields.contains { $0.inResult && $0.isTOC } }

    mutating func begin() { fields.append(Field()) }

    mutating func separate() {
        if !fields.isEmpty { fields[fields.count - 1].inResult = true }
    }

    mutating func end() {
        if !fields.isEmpty { fields.removeLast() }
    }

    mutating func instruction(_ text: String) {
        if let last = fields.last, !last.inResult { fields[fields.count - 1].instruction += text }
    }

    /// `w:fldSimple`: a whole field in one element, its children being the result.
    mutating func beginSimple(_ instruction: String) {
        fields.append(Field(instruction: instruction, inResult: true))
    }
}
