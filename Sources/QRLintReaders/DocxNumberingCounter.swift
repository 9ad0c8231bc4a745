/// Counts numbered paragraphs in document order, the way Word does, and renders the label Word shows
/// ("1.1", "一、", "（三）"): the number is not in the text, but the outline checks must see it.
///
/// Counters belong to the abstract list, so instances sharing one continue each other's numbering; the
/// first paragraph of an instance with a `w:startOverride` restarts that level. Using a level resets the
/// deeper levels (unless `w:lvlRestart` says otherwise); a level not yet used shows its start value.
struct DocxNumberingCounter {
    private let numbering: DocxNumbering
    private let styles: DocxStyles
    private var counters: [Int: [Int?]] = [:]
    private var usedInstances = Set<Int>()
    static let levelCount = 9

    init(numbering: DocxNumbering, styles: DocxStyles) {
        self.numbering = numbering
        self.styles = styles
    }

    /// Advances the list of a paragraph and returns its label; nil when the paragraph is not numbered or
    /// its level shows no number (bullets, "none").
    mutating func label(direct: DocxNumberingReference?, styleID: String?) -> String? {
        guard let (numID, level) = resolve(direct: direct, styleID: styleID),
            let abstractID = numbering.abstractID(of: numID, styles: styles),
            let definition = numbering.level(level, numID: numID, abstractID: abstractID)
        else { return nil }
        var values = counters[abstractID] ?? Array(repeating: nil, count: Self.levelCount)
        if usedInstances.insert(numID).inserted, let overrides = numbering.instances[numID]?.startOverrides {
            for (overridden, start) in overrides where (0..<Self.levelCount).contains(overridden) {
                values[overridden] = start - 1
                for deeper in (overridden + 1)..<Self.levelCount { values[deeper] = nil }
            }
        }
        values[level] = (values[level] ?? (definition.start - 1)) + 1
        for deeper in (level + 1)..<Self.levelCount {
            let restart = numbering.level(deeper, numID: numID, abstractID: abstractID)?.restart
            // Restart when this paragraph's level (1-based) is at or above the level that restarts it.
            if restart.map({ $0 != 0 && level + 1 <= $0 }) ?? true { values[deeper] = nil }
        }
        counters[abstractID] = values
        guard definition.format != "bullet", definition.format != "none" else { return nil }
        let label = render(definition, values: values, numID: numID, abstractID: abstractID)
        return label.unicodeScalars.contains(where: { !$0.isUnicodeWhitespace }) ? label : nil
    }

    /// Direct `w:numPr` first (numId 0 switches numbering off), then the style's; a missing `w:ilvl` is the
    /// level linked to the style, or 0.
    private func resolve(direct: DocxNumberingReference?, styleID: String?) -> (numID: Int, level: Int)? {
        let fromStyle = styles.numbering(styleID)
        let numID = direct?.numID ?? fromStyle?.0.numID
        guard let numID, numID != 0 else { return nil }
        var level = direct?.level ?? (direct?.numID == nil ? fromStyle?.0.level : nil)
        if level == nil, let styleID = styleID ?? styles.defaultParagraphStyle,
            let abstractID = numbering.abstractID(of: numID, styles: styles)
        {
            level = numbering.level(linkedTo: styleID, abstractID: abstractID)
        }
        let resolved = level ?? 0
        return (0..<Self.levelCount).contains(resolved) ? (numID, resolved) : nil
    }

    /// Replaces each `%N` of the level text with level N's value in level N's format.
    private func render(_ definition: DocxNumbering.Level, values: [Int?], numID: Int, abstractID: Int) -> String {
        var out = String.UnicodeScalarView()
        let text = Array(definition.text.unicodeScalars)
        var i = 0
        while i < text.count {
            if text[i] == "%", i + 1 < text.count, let n = Int(String(text[i + 1])), (1...Self.levelCount).contains(n) {
                let referenced = numbering.level(n - 1, numID: numID, abstractID: abstractID)
                let value = values[n - 1] ?? referenced?.start ?? 1
                let format = definition.isLegal ? "decimal" : (referenced?.format ?? "decimal")
                out.append(contentsOf: DocxNumberFormat.format(value, format).unicodeScalars)
                i += 2
                continue
            }
            out.append(text[i])
            i += 1
        }
        return String(out)
    }
}
