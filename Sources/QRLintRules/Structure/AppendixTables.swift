import QRLintCore

/// The indicator tables a profile appends (人才培养质量计分卡 … 落实政策表): each present, in order, with its
/// rows and their units.
public struct AppendixTables: Rule {
    public static let description = RuleDescription(
        id: "structure.appendix-tables",
        defaultSeverity: .warning,
        summary: "缺少模板要求的附表，附表顺序不对，或附表缺少指标行、单位不符",
        rationale: """
            2024 年通知要求学校报告附六张指标表：人才培养质量计分卡、满意度调查表、教学资源表、服务贡献表、国际影响表、落实\
            政策表（技工学校五张，没有国际影响表）。表按此顺序排列，每张表列出规定的指标行及其单位。只对附表的模板检查\
            （zhongzhi-2024、jigong-2024、provincial-2024、gaozhi）；重庆 2025 年度中职大纲不附表，不检查。各表的行和单位写在\
            Rules/templates 的 appendixTables 中。只有读成表格的附表才判断缺行：从 PDF 提取的文字常把附表逐列打印，指标名被单位\
            隔成几段，后一张表的单元格还会排在它的表题之前，这样的附表按行读不出来，不报缺行，由 structure.appendix-text 在附表\
            文字中核对指标名。
            """,
        triggering: [
            // 只附了计分卡：另四张表缺失（4 条），“月收入”的单位写成了万元（1 条）。
            RuleExample(
                """
                # 7 面临挑战
                正文。
                # 8 附表
                ## 附表1 人才培养质量计分卡

                | 序号 | 指标 | 单位 |
                |---|---|---|
                | 1 | 毕业生人数 | 人 |
                | 2 | 毕业生去向落实人数 | 人 |
                | 3 | 升学人数 | 人 |
                | 4 | 升入本科人数 | 人 |
                | 5 | 毕业生本省去向落实率 | % |
                | 6 | 月收入 | 万元 |
                | 7 | 毕业生面向三次产业就业人数 | 人 |
                | 8 | 自主创业率 | % |
                | 9 | 毕业三年晋升比例 | % |
                """, template: "jigong-2024", count: 5, messageContains: "“月收入”的单位应为“元”"),
            RuleExample(
                """
                # 1 学校概况
                正文。
                # ⟦7 面临挑战⟧
                正文。
                """, template: "gaozhi", messageContains: "人才培养质量计分卡、满意度调查表"),
            // 计分卡读成了表格，就按表中的行判断：“月收入”只出现在另一张表的说明里，不算这一行。
            RuleExample(
                """
                # 7 面临挑战
                正文。
                # 8 附表
                ⟦附表1 人才培养质量计分卡⟧

                | 序号 | 指标 | 单位 |
                |---|---|---|
                | 1 | 毕业生人数 | 人 |
                | 2 | 毕业生去向落实人数 | 人 |
                | 3 | 升学人数 | 人 |
                | 4 | 升入本科人数 | 人 |
                | 5 | 毕业生本省去向落实率 | % |
                | 6 | 毕业生面向三次产业就业人数 | 人 |
                | 7 | 自主创业率 | % |
                | 8 | 毕业三年晋升比例 | % |

                附表2 满意度调查表

                注：用人单位满意度调查含毕业生月收入。

                附表3 教学资源表

                附表4 服务贡献表

                附表5 落实政策表
                """, template: "jigong-2024", messageContains: "缺少“月收入”一行"),
        ],
        nonTriggering: [
            // 重庆 2025 年度中职大纲不附表。
            RuleExample(
                """
                # 1 学校概况
                正文。
                # 8 面临挑战
                正文。
                """, template: "zhongzhi-2025"),
            // PDF 文字把附表逐列打印（序号、指标和单位、各年数据），指标名被单位隔断（“毕业生去向落实人 人”……“数”）：
            // 读不成表格，不报缺行。
            RuleExample(
                """
                # 7 面临挑战
                正文。
                # 8 附表
                附表1 人才培养质量计分卡

                序号
                1
                2
                3

                指标
                单位
                毕业生人数
                人
                毕业生去向落实人 人
                2023 年
                2024 年
                数
                其中：升学人数 人
                升入本科人数
                人

                附表2 满意度调查表

                附表3 教学资源表

                附表4 服务贡献表

                附表5 落实政策表
                """, template: "jigong-2024"),
        ]
    )

    public init() {}

    public func check(_ context: LintContext) -> [Finding] {
        guard let profile = context.profile, !profile.appendixTables.isEmpty else { return [] }
        let tables = profile.appendixTables
        let entries = AppendixRows(context: context, tables: tables).entries
        let located = entries.map(\.located)
        guard !located.isEmpty else {
            let names = tables.map(\.title).joined(separator: "、")
            let message = "缺少附表：模板 \(profile.id) 要求在报告末尾附\(names)"
            return [Finding(message: message, span: anchor(context))]
        }
        var findings: [Finding] = []
        let present = Set(located.map(\.table))
        for (index, table) in tables.enumerated() where !present.contains(index) {
            // Where it belongs: before the next table that is there, else after the last one.
            let span = (located.first { $0.table > index } ?? located.last!).titleSpan
            findings.append(Finding(message: "缺少附表“\(table.title)”", span: span))
        }
        let inPlace = ChapterOrder.longestIncreasingRun(located.map(\.table))
        for (position, table) in located.enumerated() where !inPlace.contains(position) {
            let message = "附表“\(tables[table.table].title)”的位置与模板顺序不同"
            findings.append(Finding(message: message, span: table.titleSpan))
        }
        // A table not read as rows cannot show a row missing; `structure.appendix-text` summarises it.
        for entry in entries where entry.readAsRows {
            findings += rows(entry, tables[entry.located.table], context: context)
        }
        return findings.sorted { $0.span < $1.span }
    }

    /// The appendix heading, else the last chapter: where the tables should be.
    private func anchor(_ context: LintContext) -> Span {
        if let last = context.outline.chapters.last { return context.heading(last).span }
        return Span(start: 0, end: 0)
    }

    private func rows(_ entry: AppendixRows.Entry, _ table: AppendixTable, context: LintContext) -> [Finding] {
        guard !table.rows.isEmpty else { return [] }
        let located = entry.located
        if entry.missing.count == table.rows.count {
            let message = "附表“\(table.title)”中找不到规定的指标行（如“\(table.rows[0].name)”）"
            return [Finding(message: message, span: located.titleSpan)]
        }
        var findings = entry.missing.map { i in
            Finding(message: "附表“\(table.title)”缺少“\(table.rows[i].name)”一行", span: located.titleSpan)
        }
        let names = table.rows.map { $0.names.map { ComparableText.of($0.unicodeScalars) } }
        for block in context.document.blocks[located.rows] {
            if case .table(let t) = block { findings += units(t, table, names: names) }
        }
        return findings
    }

    /// Unit cells that differ from the template's unit for the row, in tables with a 单位 column.
    private func units(_ t: Table, _ table: AppendixTable, names: [[[Unicode.Scalar]]]) -> [Finding] {
        guard let header = t.rows.first,
            let unitColumn = header.firstIndex(where: { ComparableText.string($0.text.scalars) == "单位" })
        else { return [] }
        let indicatorColumn =
            header.firstIndex { ComparableText.string($0.text.scalars).hasPrefix("指标") } ?? max(0, unitColumn - 1)
        var findings: [Finding] = []
        for row in t.rows.dropFirst() where row.count > max(unitColumn, indicatorColumn) {
            let indicator = ComparableText.of(row[indicatorColumn].text.scalars)
            // The longest indicator name in the cell ("升入本科人数", not a shorter name inside it).
            var best: (index: Int, length: Int)?
            for (i, spellings) in names.enumerated() {
                for name in spellings where ScalarRun.contains(indicator, name) && name.count > (best?.length ?? 0) {
                    best = (i, name.count)
                }
            }
            guard let best, let expected = table.rows[best.index].unit else { continue }
            let cell = row[unitColumn].text.trimmed()
            let written = Self.unit(cell.scalars)
            let accepted = ([expected] + table.rows[best.index].unitAliases).map { Self.unit(Array($0.unicodeScalars)) }
            guard !written.isEmpty, !accepted.contains(written), !written.allSatisfy({ $0 == "-" || $0 == "—" }) else {
                continue
            }
            let message = "附表“\(table.title)”中“\(table.rows[best.index].name)”的单位应为“\(expected)”，表中为“\(cell.string)”"
            findings.append(Finding(message: message, span: cell.sourceSpan))
        }
        return findings
    }

    /// A unit without spaces, full-width ASCII folded ("％" → "%", "元／生" → "元/生").
    static func unit(_ s: [Unicode.Scalar]) -> String {
        var view = String.UnicodeScalarView()
        for scalar in s where !scalar.isUnicodeWhitespace {
            if (0xFF01...0xFF5E).contains(scalar.value), let ascii = Unicode.Scalar(scalar.value - 0xFEE0) {
                view.append(ascii)
            } else {
                view.append(scalar)
            }
        }
        return String(view)
    }
}
