/// Unnumbered titles that open a report before its chapters; they are never chapters themselves.
public enum FrontMatter {
    public static let titles: Set<String> = [
        "前言", "目录", "图目录", "表目录", "案例目录", "年报公开形式及网址", "公开形式及网址", "内容真实性责任声明",
        "真实性责任声明", "附表", "附件", "附录",
    ]

    /// `titles` for looking up a heading's `Outline.Section.titleKey`.
    static let titleTable: TitleTable = {
        var table = TitleTable()
        for title in titles { table.insert(TitleKey(title), mask: 1) }
        return table
    }()

    public static func isFrontMatter(_ title: String) -> Bool {
        titles.contains(TitleText.normalize(title))
    }
}
