/// The phrases `ProseScan` looks for in one pass: every word-list phrase of the lexicon packs, and the few
/// fixed words the writing-norm rules anchor on.
public enum ProsePhrases {
    /// Words rules look for that are grammar, not data (they never change with a notice or a year).
    public static let anchors: [String] = [
        // text.number-format: 百分之九十五, 二零二五年
        "百分之", "零",
        // dates.report-year: the current year named in the text
        "本年度", "本学年", "今年",
        // terms.indicator-name
        "师生比", "生师比",
    ]

    public static func all(_ packs: RulePacks) -> [String] {
        var phrases = anchors
        for pack in packs.all(PlaceholderLexicon.self) {
            for entry in pack.entries { phrases += entry.phrases }
        }
        for pack in packs.all(FormulationLexicon.self) {
            for entry in pack.entries { phrases += entry.forms }
        }
        for pack in packs.all(FixedTermLexicon.self) {
            for entry in pack.entries { phrases += entry.forms }
        }
        return phrases
    }
}
