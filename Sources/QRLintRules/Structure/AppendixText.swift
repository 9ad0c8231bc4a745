import QRLintCore

/// Appendix tables that cannot be read as rows, whose indicator names the appendix's text does not hold
/// either: one hint for the document, since the text cannot show which rows the table really lacks.
public struct AppendixText: Rule {
    public static let description = RuleDescription(
        id: "structure.appendix-text",
        defaultSeverity: .info,
        summary: "附表未能按行读出，附表文字中也找不到部分规定的指标",
        rationale: """
            从 PDF 或扫描件提取的文字常把附表逐列打印：先是序号，再是被单位隔成几段的指标名（“毕业生去向落实人 人”……“数”），\\
            然后是各年数据，后一张表的单元格有时排在它的表题之前。这样的附表读不成表格，structure.appendix-tables 不判断缺行；\\
            本规则在整个附表部分的文字中逐段查找每个规定的指标名，把各表都找不到的指标汇总成一条提示（全文最多一条）。\\
            指标名都在文字中时不报告。找不到也可能只是文字提取丢了字，请对照原表核实。
            """,
        triggering: [
            // 逐列打印的计分卡里没有“月收入”；其余附表读成了表格，由 structure.appendix-tables 检查。
            RuleExample(
                """
                # 7 面临挑战
                正文。
                # 8 附表
                ⟦附表1 人才培养质量计分卡⟧

                序号
                1
                2

                指标
                单位
                毕业生人数
                人
                毕业生去向落实人 人
                数
                其中：升学人数 人
                升入本科人数
                人
                毕业生本省去向落 %
                实率
                毕业生面向三次产 人
                业就业人数
                自主创业率
                %
                毕业三年晋升比例%

                附表2 满意度调查表

                | 序号 | 指标 |
                |---|---|
                | 1 | 在校生满意度 |

                附表3 教学资源表

                | 序号 | 指标 |
                |---|---|
                | 1 | 生师比 |

                附表4 服务贡献表

                | 序号 | 指标 |
                |---|---|
                | 1 | 毕业生初次就业人数 |

                附表5 落实政策表

                | 序号 | 指标 |
                |---|---|
                | 1 | 全日制在校生人数 |
                """, template: "jigong-2024", messageContains: "人才培养质量计分卡的“月收入”")
        ],
        nonTriggering: [
            // 同一张表，九个指标名都在文字中（有的被单位和年份隔成两段），不报告。
            RuleExample(
                """
                # 7 面临挑战
                正文。
                # 8 附表
                附表1 人才培养质量计分卡

                序号
                1
                2

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
                毕业生本省去向落 %
                实率
                月收入
                元
                毕业生面向三次产 人
                业就业人数
                自主创业率
                %
                毕业三年晋升比例%

                附表2 满意度调查表

                | 序号 | 指标 |
                |---|---|
                | 1 | 在校生满意度 |

                附表3 教学资源表

                | 序号 | 指标 |
                |---|---|
                | 1 | 生师比 |

                附表4 服务贡献表

                | 序号 | 指标 |
                |---|---|
                | 1 | 毕业生初次就业人数 |

                附表5 落实政策表

                | 序号 | 指标 |
                |---|---|
                | 1 | 全日制在校生人数 |
                """, template: "jigong-2024")
        ]
    )

    /// Names listed in the message before "等".
    static let maxListed = 6

    public init() {}

    public func check(_ context: LintContext) -> [Finding] {
        guard let profile = context.profile, !profile.appendixTables.isEmpty else { return [] }
        let tables = profile.appendixTables
        let unread = AppendixRows(context: context, tables: tables).entries.filter {
            !$0.readAsRows && !$0.missing.isEmpty
        }
        guard let first = unread.first else { return [] }
        var listed = 0
        var parts: [String] = []
        for entry in unread {
            let table = tables[entry.located.table]
            if entry.missing.count == table.rows.count {
                parts.append("\(table.title)的全部 \(table.rows.count) 项")
                continue
            }
            let names = entry.missing.prefix(max(0, Self.maxListed - listed)).map { "“\(table.rows[$0].name)”" }
            listed += names.count
            if names.isEmpty {
                parts.append("\(table.title)的 \(entry.missing.count) 项")
            } else {
                let more = names.count < entry.missing.count ? "等 \(entry.missing.count) 项" : ""
                parts.append("\(table.title)的\(names.joined(separator: "、"))\(more)")
            }
        }
        let total = unread.reduce(0) { $0 + $1.missing.count }
        let message = "附表未能按行读出，附表文字中也找不到 \(total) 项规定的指标：\(parts.joined(separator: "；"))"
        let notes = unread.dropFirst().map {
            Note(message: "附表“\(tables[$0.located.table].title)”", span: $0.located.titleSpan)
        }
        return [Finding(message: message, span: first.located.titleSpan, notes: notes)]
    }
}
