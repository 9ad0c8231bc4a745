import QRLintCore

/// The checks of the front-matter parts, shared by `structure.front-matter` (the parts a profile requires)
/// and `structure.front-matter-recommended` (the parts it recommends): a part is missing, or present but
/// incomplete (an address that is not a URL, a statement that names no year).
enum FrontMatterCheck {
    typealias Item = FrontMatterRequirements.Item

    static func findings(for items: [Item], context: LintContext) -> [Finding] {
        guard !items.isEmpty else { return [] }
        let parts = FrontMatterParts(document: context.document, outline: context.outline)
        let anchor = anchorSpan(context)
        var findings: [Finding] = []
        for item in items {
            guard let part = parts[item] else {
                // Markdown renderers generate the 目录; a Markdown draft rarely carries one.
                if item == .toc, context.document.format == .markdown { continue }
                findings.append(Finding(message: "第一章之前缺少“\(name(item))”", span: anchor))
                continue
            }
            switch item {
            case .publication: findings += publication(part)
            case .statement: findings += statement(part, context: context)
            case .preface, .toc: break
            }
        }
        return findings
    }

    static func name(_ item: Item) -> String {
        switch item {
        case .publication: "年报公开形式及网址"
        case .statement: "内容真实性责任声明"
        case .preface: "前言"
        case .toc: "目录"
        }
    }

    /// The first chapter's heading: the front matter belongs before it.
    private static func anchorSpan(_ context: LintContext) -> Span {
        if let first = context.outline.chapters.first { return context.heading(first).title.trimmed().sourceSpan }
        return Span(start: 0, end: 0)
    }

    private static func publication(_ part: FrontMatterParts.Part) -> [Finding] {
        var findings: [Finding] = []
        var any = false
        for paragraph in part.paragraphs {
            for address in WebAddress.find(in: paragraph.scalars) {
                any = true
                guard let problem = address.problem else { continue }
                let message = "网址“\(address.text)”写法有误：\(problem)"
                findings.append(Finding(message: message, span: paragraph.sourceSpan(address.range)))
            }
        }
        if !any {
            findings.append(Finding(message: "“年报公开形式及网址”中没有写网址", span: part.span))
        }
        return findings
    }

    private static let vouchedWords = ["真实性", "完整性", "准确性"]

    private static func statement(_ part: FrontMatterParts.Part, context: LintContext) -> [Finding] {
        let vouching = part.paragraphs.first { ComparableText.string($0.scalars).containsText("负责") }
        let span = vouching.map { $0.trimmed().sourceSpan } ?? part.span
        let text = part.paragraphs.map { ComparableText.string($0.scalars) }.joined()
        var missing: [String] = []
        let absent = vouchedWords.filter { !text.containsText($0) }
        if !absent.isEmpty { missing.append("对报告“\(absent.joined(separator: "、"))”负责") }
        if YearForm.find(in: Array(text.unicodeScalars)) == nil { missing.append("报告年度") }
        // The unit on the cover, else any named institution ("星河区教育委员会"): the names vary too much
        // ("区教委" for "区教育委员会") to demand the cover's spelling.
        let units = CoverTitle(document: context.document, outline: context.outline).units
        if !units.contains(where: { text.contains($0) }), !CoverTitle.namesSomeUnit(Array(text.unicodeScalars)) {
            missing.append(units.first.map { "单位名称“\($0)”" } ?? "单位名称")
        }
        guard !missing.isEmpty else { return [] }
        return [Finding(message: "内容真实性责任声明没有写明\(missing.joined(separator: "、"))", span: span)]
    }
}
