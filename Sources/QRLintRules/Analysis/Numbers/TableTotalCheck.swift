import QRLintCore

/// Table totals: a 合计/总计 row equals the sum of the rows it closes (or of their 小计 rows), a 小计 row the sum of
/// its group, a 合计 column the sum of the columns under the same header; a "其中" row is not larger than the row
/// above it. Rate, average and ratio columns are never summed; rows that lost cells in extraction are skipped.
enum TableTotalCheck {
    static func results(_ numbers: NumberAnalysis) -> [NumberCheckResult] {
        var results: [NumberCheckResult] = []
        for table in numbers.tables {
            let pool = numbers.pool
            results += rowTotals(table, pool: pool)
            results += columnTotals(table, pool: pool)
            results += subsetRows(table, pool: pool)
            results += childBlocks(table, lexicon: numbers.lexicon, pool: pool)
        }
        return results
    }

    // MARK: Rows

    private static func rowTotals(_ table: TableNumbers, pool: ScalarPool) -> [NumberCheckResult] {
        var results: [NumberCheckResult] = []
        let first = table.headerRowCount
        var groupStart = first
        var subtotalStart = first
        var subtotals: [Int] = []
        for r in first..<table.cells.count {
            switch table.roles[r] {
            case .subtotal:
                let parts = (subtotalStart..<r).filter { table.roles[$0] == .data }
                results += compare(table, totalRow: r, partRows: parts, pool: pool)
                subtotals.append(r)
                subtotalStart = r + 1
            case .total:
                var parts = (groupStart..<r).filter { table.roles[$0] == .data }
                if !subtotals.isEmpty {
                    let after = (subtotalStart..<r).filter { table.roles[$0] == .data }
                    parts = subtotals + after
                } else if parts.isEmpty {
                    // A 合计 row right under the header: the rows after it are its parts.
                    let end = (r + 1..<table.cells.count).first { table.roles[$0] == .total } ?? table.cells.count
                    parts = (r + 1..<end).filter { table.roles[$0] == .data }
                }
                results += compare(table, totalRow: r, partRows: parts, pool: pool)
                groupStart = r + 1
                subtotalStart = r + 1
                subtotals = []
            default:
                continue
            }
        }
        return results
    }

    private static func compare(
        _ table: TableNumbers, totalRow: Int, partRows: [Int], pool: ScalarPool
    ) -> [NumberCheckResult] {
        guard partRows.count >= 2, partRows.allSatisfy({ table.rowLengths[$0] == table.rowLengths[totalRow] }) else {
            return []
        }
        var results: [NumberCheckResult] = []
        for c in 0..<table.columnCount where !table.unsummable.contains(c) {
            guard case .number(let total) = table.cells[totalRow][c], total.isSummable else { continue }
            guard let parts = numbers(table, rows: partRows, column: c, like: total), parts.count >= 2 else { continue }
            let header = table.columnHeaders[c].joined(separator: "·")
            let what = header.isEmpty ? "合计" : "“\(header)”的合计"
            if let result = check(total: total, parts: parts, what: what, pool: pool) {
                results.append(result)
            }
        }
        return results
    }

    // MARK: Columns

    private static let totalHeaders: Set<String> = ["合计", "总计", "小计", "总数", "共计", "计"]

    private static func columnTotals(_ table: TableNumbers, pool: ScalarPool) -> [NumberCheckResult] {
        var results: [NumberCheckResult] = []
        for c in 0..<table.columnCount {
            let path = table.columnHeaders[c]
            guard path.count >= 2, let last = path.last, totalHeaders.contains(TableNumbersReader.withoutUnit(last))
            else {
                continue
            }
            let prefix = Array(path.dropLast())
            let siblings = (0..<table.columnCount).filter {
                $0 != c && table.columnHeaders[$0].count == path.count
                    && Array(table.columnHeaders[$0].dropLast()) == prefix
                    && !table.unsummable.contains($0)
            }
            guard siblings.count >= 2 else { continue }
            for r in table.headerRowCount..<table.cells.count
            where table.rowLengths[r] == table.rowLengths[table.headerRowCount] {
                guard case .number(let total) = table.cells[r][c], total.isSummable else { continue }
                var parts: [Quantity] = []
                var usable = true
                for s in siblings {
                    switch table.cells[r][s] {
                    case .number(let q) where q.isSummable: parts.append(q)
                    case .empty, .dash: continue
                    default: usable = false
                    }
                }
                guard usable, parts.count >= 2 else { continue }
                let what = "“\(prefix.joined(separator: "·"))”的\(last)"
                if let result = check(total: total, parts: parts, what: what, pool: pool) { results.append(result) }
            }
        }
        return results
    }

    // MARK: 其中 rows

    private static func subsetRows(_ table: TableNumbers, pool: ScalarPool) -> [NumberCheckResult] {
        var results: [NumberCheckResult] = []
        var parent: Int? = nil
        for r in table.headerRowCount..<table.cells.count {
            guard table.roles[r] == .subset else {
                parent = r
                continue
            }
            guard let parent, table.rowLengths[parent] == table.rowLengths[r] else { continue }
            for c in 0..<table.columnCount where !table.unsummable.contains(c) {
                guard case .number(let part) = table.cells[r][c], case .number(let whole) = table.cells[parent][c],
                    part.isSummable, whole.isSummable, part.kind != .percent,
                    part.interval.low > whole.interval.high
                else { continue }
                let partText = NumberText.number(part, in: pool)
                let wholeText = NumberText.number(whole, in: pool)
                let message: String =
                    "“\(table.rowLabels[r])”为 \(partText)，大于其上级行“\(table.rowLabels[parent])”的 \(wholeText)"
                results.append(
                    NumberCheckResult(
                        consistency: .mismatch, message: message, span: part.span,
                        notes: [
                            Note(message: "上级行：\(table.rowLabels[parent]) \(pool.string(whole.text))", span: whole.span)
                        ]))
            }
        }
        return results
    }

    // MARK: 其中 blocks that split their row

    /// "毕业生面向三次产业就业人数 | 其中：第一产业 | 第二产业 | 第三产业": child rows after a "其中" row whose labels
    /// are one partition family; complete ones add up to the row above, disjoint ones do not exceed it.
    private static func childBlocks(
        _ table: TableNumbers, lexicon: NumberLexicon, pool: ScalarPool
    ) -> [NumberCheckResult] {
        var results: [NumberCheckResult] = []
        var r = table.headerRowCount
        while r < table.cells.count {
            guard table.roles[r] == .subset, r > table.headerRowCount else {
                r += 1
                continue
            }
            let parent = r - 1
            var children = [r]
            var labels = [LabelText.strip(Array(table.rowLabels[r].unicodeScalars))]
            var match: PartitionMatch? = nil
            var k = r + 1
            while k < table.cells.count, table.roles[k] == .data, table.rowLengths[k] == table.rowLengths[r] {
                let next = labels + [LabelText.strip(Array(table.rowLabels[k].unicodeScalars))]
                guard let found = PartitionMatcher.match(labels: next, lexicon: lexicon) else { break }
                labels = next
                children.append(k)
                match = found
                k += 1
            }
            r = k
            guard let match, table.roles[parent] != .subset else { continue }
            for c in 0..<table.columnCount where !table.unsummable.contains(c) {
                guard case .number(let whole) = table.cells[parent][c], whole.isSummable,
                    let parts = numbers(table, rows: children, column: c, like: whole), parts.count >= 2
                else { continue }
                let sum = parts.intervalSum
                let exceeds = sum.low > whole.interval.high
                guard exceeds || (match.complete && !match.shortfallAllowed) else { continue }
                let what = "“\(table.rowLabels[parent])”按\(match.familyName)分列的各行"
                if let result = check(total: whole, parts: parts, what: what, pool: pool) { results.append(result) }
            }
        }
        return results
    }

    // MARK: Shared

    /// The numbers of a column over rows; nil when a cell holds text (the column is not a list of amounts).
    private static func numbers(_ table: TableNumbers, rows: [Int], column: Int, like total: Quantity) -> [Quantity]? {
        var parts: [Quantity] = []
        for r in rows {
            switch table.cells[r][column] {
            case .number(let q):
                guard q.isSummable, q.baseUnit == total.baseUnit || q.baseUnit == nil || total.baseUnit == nil else {
                    return nil
                }
                parts.append(q)
            case .empty, .dash:
                continue
            case .text:
                return nil
            }
        }
        return parts
    }

    private static func check(total: Quantity, parts: [Quantity], what: String, pool: ScalarPool) -> NumberCheckResult?
    {
        let sum = parts.intervalSum
        let loose = parts.looseIntervalSum
        let consistency = Consistency.of(total, computed: sum, computedLoose: loose)
        guard consistency != .consistent, parts.allSatisfy(\.isExact), total.isExact else { return nil }
        let value = parts.valueSum
        let decimals = max(total.decimals, parts.map(\.decimals).max() ?? 0)
        let difference = NumberText.value(abs(value - total.value), like: total, decimals: decimals)
        // "<what>与各项之和不符：a+b+…（共 n 项）=s，表中为 t（差 d）", in one buffer.
        var text = MessageText()
        text.append(what)
        text.append("与各项之和不符：")
        text.appendNumbers(of: parts.prefix(8), separator: "+", in: pool)
        if parts.count > 8 {
            text.append("+…（共 ")
            text.append(String(parts.count))
            text.append(" 项）")
        }
        text.append("=")
        text.append(NumberText.value(value, like: total, decimals: decimals))
        text.append("，表中为 ")
        text.appendNumber(of: total, in: pool)
        text.append("（差 ")
        text.append(difference)
        text.append("）")
        let message = text.string
        var notes: [Note] = []
        notes.reserveCapacity(min(parts.count, 12))
        for part in parts.prefix(12) {
            var note = MessageText(capacity: 32)
            note.append("分项：")
            note.append(pool[part.text])
            notes.append(Note(message: note.string, span: part.span))
        }
        return NumberCheckResult(consistency: consistency, message: message, span: total.span, notes: notes)
    }
}
