import QRLintCore
import QRLintRules

/// `--dump-outline`: the section tree as qrlint sees it, with the template chapter each chapter matched.
enum OutlineDump {
    static func render(_ context: LintContext) -> String {
        var matched: [Int: String] = [:]
        if let profile = context.profile, let matching = context.matching {
            for (chapter, sections) in zip(matching.chapters, matching.sections) {
                matched[chapter.section] = describe(chapter.kind, profile.chapters[chapter.templateIndex].title)
                for section in sections {
                    let title = profile.chapters[chapter.templateIndex].sections[section.templateIndex].title
                    matched[section.section] = describe(section.kind, title)
                }
            }
        }
        let chapters = Set(context.outline.chapters)
        var lines: [String] = []
        for (index, section) in context.outline.sections.enumerated() {
            let line = context.document.source.position(of: section.heading.span.start).line
            let indent = String(repeating: "  ", count: max(0, section.level - 1))
            let mark = chapters.contains(index) ? "章 " : ""
            let match = matched[index].map { "  → \($0)" } ?? ""
            lines.append("\(indent)\(mark)\(section.label)  @\(line)\(match)")
        }
        return lines.joined(separator: "\n")
    }

    private static func describe(_ kind: TitleMatch, _ title: String) -> String {
        switch kind {
        case .exact: title
        case .alias: "\(title)（别名）"
        case .near: "\(title)（近似）"
        }
    }
}
