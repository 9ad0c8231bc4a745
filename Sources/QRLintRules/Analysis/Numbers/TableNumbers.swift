import Foundation
import QRLintCore

/// A table's numbers with what its headers say about them: the column header and row label name the measure
/// ("教职工总数(人)"), a header or label that is a year ("2024年度", "2024", "上年") gives the year, a row labelled
/// 合计/总计/小计 is a total, a row labelled "其中…" a subset of the row above.
public struct TableNumbers: Sendable {
    public enum Cell: Sendable {
        case number(Quantity)
        case empty
        /// "—", "-", "/", "无": nothing to add.
        case dash
        case text
    }

    public enum RowRole: Sendable, Equatable {
        case header
        case data
        /// 合计 / 总计 / 共计 / 全校: the sum of the data rows above.
        case total
        /// 小计: the sum of the rows since the previous subtotal.
        case subtotal
        /// "其中…": part of the row above.
        case subset
    }

    public let block: Int
    public let cells: [[Cell]]
    public let roles: [RowRole]
    /// The header path of each column, upper rows first ("双师型教师数(人)", "初级").
    public let columnHeaders: [[String]]
    /// The label cells of each row (the text before its first number); empty cells filled from the row above.
    public let rowLabels: [String]
    /// Columns that hold rates, averages or ratios: never summed.
    public let unsummable: Set<Int>
    public let columnCount: Int
    /// How many cells each row had as read (rows of a PDF table that lost cells are not lined up).
    public let rowLengths: [Int]
    /// The source span of each cell, for notes.
    public let cellSpans: [[Span]]

    public var headerRowCount: Int { roles.prefix { $0 == .header }.count }
}

extension TableNumbers.Cell {
    /// The quantity of a number cell, moved out (the cell is left empty); nil, and the cell unchanged, otherwise.
    mutating func takeQuantity() -> Quantity? {
        guard case .number(let quantity) = self else { return nil }
        self = .empty
        return quantity
    }
}

/// Builds `TableNumbers` from a table block, and gives each cell quantity its measure and year.
struct TableNumbersReader {
    let scanner: QuantityScanner
    let lexicon: NumberLexicon
    /// The names and aliases of the lexicon's units, asked about for every row label.
    private let unitNames: Set<String>
    /// Four times the longest unit name in UTF-8 bytes (room for any other spelling of the same text): a longer
    /// label is no unit name, and is not hashed to find out.
    private let unitNameBound: Int
    /// The unit names (and "%", "％") that a label of simple scalars (see `isSimple`) can equal, as the scalars
    /// of their canonical composition: such a label is compared with them scalar by scalar, neither hashed nor
    /// compared as a `String` (both normalise Chinese text first). A name whose composition holds another scalar
    /// ("m²", "㎡") equals no such label, and is left out. By their number of scalars (the list at index k holds
    /// the names of k scalars): a label is compared only with the names of its length, not walked past the rest.
    private let simpleUnitNamesByCount: [[[Unicode.Scalar]]]

    init(scanner: QuantityScanner, lexicon: NumberLexicon) {
        self.scanner = scanner
        self.lexicon = lexicon
        unitNames = Set(lexicon.units.flatMap { [$0.name] + $0.aliases })
        unitNameBound = 4 * (unitNames.map(\.utf8.count).max() ?? 0)
        // Only a name with another scalar is composed (through Foundation): one of simple scalars is its own
        // composition.
        let simpleUnitNames = (Array(unitNames) + ["%", "％"]).map { name in
            let scalars = Array(name.unicodeScalars)
            return scalars.allSatisfy(Self.isSimple)
                ? scalars : Array(name.precomposedStringWithCanonicalMapping.unicodeScalars)
        }
        .filter { $0.allSatisfy(Self.isSimple) }
        var byCount = [[[Unicode.Scalar]]](repeating: [], count: (simpleUnitNames.map { $0.count }.max() ?? 0) + 1)
        for name in simpleUnitNames { byCount[name.count].append(name) }
        simpleUnitNamesByCount = byCount
    }

    /// - Parameter buffer: the scan buffer the cells are read into, one after the other.
    func read(_ table: Table, block: Int, pool: inout ScalarPool, buffer: inout QuantityScanner.Buffer)
        -> TableNumbers?
    {
        let rowCount = table.rows.count
        guard rowCount >= 2 else { return nil }
        // Closures, not key paths: a key path is read through the runtime, row by row.
        let columnCount = table.rows.map { $0.count }.max() ?? 0
        guard columnCount >= 2 else { return nil }
        // Every row is built at its full size at once: regrowing the rows cell by cell cost more than reading them.
        var cells: [[TableNumbers.Cell]] = []
        // The first year cell of each row: a row's year is all the naming reads of them (a list of every cell's
        // year was an array per row, and another made to find its first).
        var rowYears: [Int?] = []
        cells.reserveCapacity(rowCount)
        rowYears.reserveCapacity(rowCount)
        for (r, row) in table.rows.enumerated() {
            var line: [TableNumbers.Cell] = []
            var rowYear: Int? = nil
            line.reserveCapacity(columnCount)
            for c in 0..<columnCount {
                let text = c < row.count ? row[c].text : .empty
                let year = Self.yearCell(text.scalars, reportYear: scanner.reportYear)
                if rowYear == nil { rowYear = year }
                line.append(
                    year == nil
                        ? classify(text, block: block, row: r, column: c, pool: &pool, buffer: &buffer) : .text)
            }
            cells.append(line)
            rowYears.append(rowYear)
        }
        // The cells' plain texts, read only where they are used: every cell of a header row, and the cells of a
        // row before its first number (its labels); the others stay empty.
        var texts: [[String]] = []
        texts.reserveCapacity(rowCount)
        func appendTexts(row r: Int, upTo end: Int) {
            let row = table.rows[r]
            texts.append(
                (0..<columnCount).map { c in
                    c < end && c < row.count ? LabelText.normalize(row[c].text.scalars) : ""
                })
        }
        // Header rows: the top rows without numbers (years are headers there).
        var headerRows = 0
        while headerRows < min(3, rowCount - 1),
            !cells[headerRows].contains(where: { if case .number = $0 { true } else { false } })
        {
            headerRows += 1
        }
        guard headerRows > 0 else { return nil }
        for r in 0..<headerRows { appendTexts(row: r, upTo: columnCount) }
        let columnHeaders = Self.columnHeaders(texts, headerRows: headerRows, columnCount: columnCount)
        // A 序号 column numbers the rows: its cells are labels, not amounts.
        for c in 0..<columnCount
        where columnHeaders[c].contains(where: { Self.same($0, "序号") || Self.same($0, "编号") || Self.same($0, "序") }) {
            for r in headerRows..<rowCount { cells[r][c] = .text }
        }
        for r in headerRows..<rowCount {
            appendTexts(
                row: r, upTo: cells[r].firstIndex { if case .number = $0 { true } else { false } } ?? columnCount)
        }
        var rowLabels: [String] = []
        var roles: [TableNumbers.RowRole] = []
        rowLabels.reserveCapacity(rowCount)
        roles.reserveCapacity(rowCount)
        var previousLabelCells: [String] = []
        for r in 0..<rowCount {
            guard r >= headerRows else {
                rowLabels.append("")
                roles.append(.header)
                continue
            }
            let firstNumber = cells[r].firstIndex { if case .number = $0 { true } else { false } } ?? columnCount
            var labelCells = Array(texts[r][0..<firstNumber])
            // A blank label cell continues the group above (merged cells): "财经商贸类 | 会计事务", " | 电子商务".
            for k in labelCells.indices
            where labelCells[k].isEmpty && k < previousLabelCells.count && k + 1 < labelCells.count {
                labelCells[k] = previousLabelCells[k]
            }
            previousLabelCells = labelCells
            // The most specific label cell, skipping a 单位 column ("毕业生人数 | 人 | 2300").
            let own = texts[r][0..<firstNumber].last { !$0.isEmpty && !isUnitName($0) } ?? ""
            rowLabels.append(own)
            roles.append(Self.role(ofLabel: Self.concatenated(texts[r][0..<firstNumber])))
        }
        let unsummable = Set(
            (0..<columnCount).filter { c in
                columnHeaders[c].contains { Self.isRateHeader($0) }
            })
        let spans = table.rows.map { row in
            (0..<columnCount).map { c in c < row.count ? row[c].text.sourceSpan : table.span }
        }
        // The cells are named in place: this is their only copy, so no row is copied on write.
        nameQuantities(
            &cells, pool: &pool, columnHeaders: columnHeaders, rowLabels: rowLabels, roles: roles, rowYears: rowYears,
            headerRows: headerRows)
        return TableNumbers(
            block: block, cells: cells, roles: roles, columnHeaders: columnHeaders, rowLabels: rowLabels,
            unsummable: unsummable, columnCount: columnCount, rowLengths: table.rows.map { $0.count }, cellSpans: spans)
    }

    /// The texts one after the other: `joined()` on a slice or a reversed list ran unspecialised.
    static func concatenated<C: Collection<String>>(_ texts: C) -> String {
        var result = ""
        for text in texts { result += text }
        return result
    }

    /// "元/生", "个/百人": only labels starting with 元 or 个 are compared as strings.
    private func isPerUnit(_ text: String) -> Bool {
        guard let first = text.unicodeScalars.first, first == "元" || first == "个" else { return false }
        return text.hasPrefix("元/") || text.hasPrefix("个/")
    }

    private func isUnitName(_ text: String) -> Bool {
        if let answer = Self.isUnitName(text, amongByCount: simpleUnitNamesByCount) {
            return answer
        }
        return text == "%" || text == "％" || text.utf8.count <= unitNameBound && unitNames.contains(text)
            || isPerUnit(text)
    }

    /// `isUnitName(text)` scalar by scalar, when `text` is of simple scalars; nil otherwise. Between strings of
    /// simple scalars (each in NFC, none combining with its neighbour) equal strings are equal scalars, and a
    /// prefix of characters is a prefix of scalars.
    private static func isUnitName(_ text: String, amongByCount names: [[[Unicode.Scalar]]]) -> Bool? {
        let scalars = text.unicodeScalars
        var count = 0
        for scalar in scalars {
            guard isSimple(scalar) else { return nil }
            count += 1
        }
        var first: Unicode.Scalar? = nil
        var second: Unicode.Scalar? = nil
        var index = scalars.startIndex
        if index != scalars.endIndex {
            first = scalars[index]
            index = scalars.index(after: index)
            if index != scalars.endIndex { second = scalars[index] }
        }
        // "元/生", "个/百人".
        if first == "元" || first == "个", second == "/" { return true }
        guard count < names.count else { return false }
        for name in names[count] where name.first == first && name.elementsEqual(scalars) { return true }
        return false
    }

    /// `text == word`, compared scalar by scalar when both are of simple scalars (see `isSimple`): comparing
    /// strings of Chinese text normalises them first.
    static func same(_ text: String, _ word: String) -> Bool {
        let a = text.unicodeScalars
        let b = word.unicodeScalars
        guard a.allSatisfy(isSimple), b.allSatisfy(isSimple) else { return text == word }
        return a.elementsEqual(b)
    }

    /// Printable ASCII, CJK unified ideographs, CJK and full-width punctuation: scalars that no other scalar
    /// sequence is canonically equivalent to and that combine with nothing.
    static func isSimple(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x20...0x7E, 0x4E00...0x9FFF, 0x3000...0x3029, 0xFF01...0xFF5E: true
        default: false
        }
    }

    /// The scalars a cell of dashes is written in ("—", "/", "无").
    private static let dashScalars = Array("—-－/／无–".unicodeScalars)

    /// A cell that is one number and nothing else (units and 余/以上 allowed).
    private func classify(
        _ text: MappedText, block: Int, row: Int, column: Int, pool: inout ScalarPool,
        buffer: inout QuantityScanner.Buffer
    ) -> TableNumbers.Cell {
        // The cell's bounds without white space, found in place: trimming built a text for every cell.
        let s = text.scalars
        var lower = 0
        var upper = s.count
        while lower < upper, s[lower].isUnicodeWhitespace { lower += 1 }
        while upper > lower, s[upper - 1].isUnicodeWhitespace { upper -= 1 }
        if lower == upper { return .empty }
        if upper - lower <= 2, s[lower..<upper].allSatisfy({ Self.dashScalars.contains($0) }) { return .dash }
        // A cell without a scalar the scanner acts on (a digit, a numeral …) holds no quantity: not scanned.
        if scanner.activeScalars.firstMember(of: s, from: 0, to: s.count) == s.count { return .text }
        // What a cell that is no number added to the pool is taken back.
        let pooled = pool.scalars.count
        scanner.scan(text, host: .cell(block: block, row: row, column: column), pool: &pool, into: &buffer)
        guard buffer.scan.quantities.count == 1 else {
            pool.truncate(to: pooled)
            return .text
        }
        let quantity = buffer.scan.quantities[0]
        // Only the number: "585", "12.5%", "3200万元"; "市级 3 个" is text.
        var outside = 0
        for (k, s) in text.scalars.enumerated() where !quantity.range.contains(k) && !NumberScalars.isSpace(s) {
            outside += 1
        }
        if outside == 0 { return .number(quantity) }
        pool.truncate(to: pooled)
        return .text
    }

    /// "2024", "2024年", "2024年度", "2023-2024学年", "上年", "本年" as a whole cell.
    static func yearCell(_ scalars: [Unicode.Scalar], reportYear: Int?) -> Int? {
        // Most cells are neither: a year starts with a digit or a relative-year word, and is short.
        var kept = 0
        var first: Unicode.Scalar? = nil
        var ignored = false
        for scalar in scalars {
            if LabelText.isIgnorable(scalar) {
                ignored = true
                continue
            }
            if first == nil { first = scalar }
            kept += 1
            if kept > 12 { return nil }
        }
        guard let first, NumberScalars.isDigit(first) || YearMentionReader.mayStartRelative(first) else { return nil }
        // The scalars of `LabelText.normalize(scalars)`, without building the string; most cells (every number)
        // have nothing to drop, and are read as they are.
        let plain = ignored ? scalars.filter { !LabelText.isIgnorable($0) } : scalars
        guard !plain.isEmpty, plain.count <= 12 else { return nil }
        if let number = ArabicNumberReader.read(plain, at: 0, limit: plain.count) {
            if number.end == plain.count, number.integerDigits == 4, number.decimals == 0,
                (1990...2099).contains(Int(number.value))
            {
                return Int(number.value)
            }
            if let mention = YearMentionReader.read(plain, start: 0, number: number, limit: plain.count),
                mention.range.upperBound == plain.count
            {
                return mention.year
            }
            return nil
        }
        if let mention = YearMentionReader.readRelative(plain, at: 0, limit: plain.count, reportYear: reportYear),
            mention.range.upperBound == plain.count
        {
            return mention.year
        }
        return nil
    }

    /// Header cells per column, upper rows first; a blank upper cell over a filled lower one belongs to the
    /// merged cell on its left ("双师型教师数(人)" spans 初级 | 中级 | 高级).
    static func columnHeaders(_ texts: [[String]], headerRows: Int, columnCount: Int) -> [[String]] {
        var headers = Array(repeating: [String](), count: columnCount)
        for r in 0..<headerRows {
            var carried = ""
            for c in 0..<columnCount {
                var text = texts[r][c]
                let lowerFilled = (r + 1..<headerRows).contains { !texts[$0][c].isEmpty }
                if text.isEmpty, lowerFilled, r + 1 < headerRows {
                    text = carried
                } else if !text.isEmpty {
                    carried = text
                }
                if text.isEmpty, !lowerFilled { carried = "" }
                if !text.isEmpty { headers[c].append(text) }
            }
        }
        return headers
    }

    static func role(ofLabel label: String) -> TableNumbers.RowRole {
        if let scalars = simpleScalars(label) { return role(ofScalars: scalars) }
        let plain = label.replacingOccurrences(of: " ", with: "")
        if plain.hasPrefix("其中") { return .subset }
        if plain.containsText("小计") { return .subtotal }
        for word in ["合计", "总计", "共计", "总数", "全校", "总体"] where plain.hasPrefix(word) || plain.hasSuffix(word) {
            return .total
        }
        return .data
    }

    /// `role(ofLabel:)` on a label of simple scalars, compared scalar by scalar.
    private static func role(ofScalars s: [Unicode.Scalar]) -> TableNumbers.RowRole {
        if LabelText.hasPrefix(s, 0, s.count, ["其", "中"]) { return .subset }
        for k in s.indices where LabelText.hasPrefix(s, k, s.count, subtotalWord) { return .subtotal }
        for word in roleTotalWords
        where LabelText.hasPrefix(s, 0, s.count, word) || LabelText.hasSuffix(s, 0, s.count, word) {
            return .total
        }
        return .data
    }

    private static let subtotalWord: [Unicode.Scalar] = ["小", "计"]

    private static let roleTotalWords: [[Unicode.Scalar]] = ["合计", "总计", "共计", "总数", "全校", "总体"].map {
        Array($0.unicodeScalars)
    }

    /// The scalars of `text` without spaces, when each of them is a character of its own that no other scalar
    /// sequence is canonically equivalent to (printable ASCII, CJK unified ideographs, CJK and full-width
    /// punctuation): there, comparing scalars gives what `String`'s comparison by characters gives. Nil otherwise.
    static func simpleScalars(_ text: String) -> [Unicode.Scalar]? {
        var result: [Unicode.Scalar] = []
        // Room for every scalar at once (a scalar is one UTF-8 byte at least): grown from empty, the list of a
        // label of a few scalars was reallocated two or three times.
        result.reserveCapacity(text.utf8.count)
        for scalar in text.unicodeScalars {
            switch scalar.value {
            case 0x20: continue
            case 0x21...0x7E, 0x4E00...0x9FFF, 0x3000...0x3029, 0xFF01...0xFF5E: result.append(scalar)
            default: return nil
            }
        }
        return result
    }

    static func isRateHeader(_ header: String) -> Bool {
        // A header holds a word only if it holds the word's first scalar: most hold none, and are not searched.
        let firsts = rateHeaderFirsts
        guard header.unicodeScalars.contains(where: { firsts.contains($0.value) }) else { return false }
        // A word occurs in the header's UTF-8 bytes (as `containsText` searches) exactly where it occurs in its
        // scalars: UTF-8 is self-synchronising. So only the places holding a word's first scalar are tried, each
        // with the words of that scalar, instead of a byte search of the whole header for every word.
        let scalars = scalarArray(header)
        for i in scalars.indices where firsts.contains(scalars[i].value) {
            for word in rateHeaderScalarWords
            where word[0] == scalars[i] && LabelText.hasPrefix(scalars, i, scalars.count, word) {
                return true
            }
        }
        return false
    }

    /// `Array(text.unicodeScalars)` in one pass, with room for every scalar at once: the array initialiser
    /// counted the scalars in a pass of its own before copying them.
    static func scalarArray(_ text: String) -> [Unicode.Scalar] {
        var scalars: [Unicode.Scalar] = []
        scalars.reserveCapacity(text.utf8.count)
        for scalar in text.unicodeScalars { scalars.append(scalar) }
        return scalars
    }

    private static let rateHeaderFirsts = ScalarBitSet(rateHeaderWords.compactMap { $0.unicodeScalars.first?.value })

    /// `rateHeaderWords` as scalars.
    private static let rateHeaderScalarWords = rateHeaderWords.map { Array($0.unicodeScalars) }

    /// Built once (an array literal in `isRateHeader` was built for every header).
    private static let rateHeaderWords = [
        "率", "比例", "占比", "比重", "%", "％", "平均", "生均", "人均", "均值", "生师比", "师生比", "满意度", "排名", "序号", "编号", "代码", "年份",
        "年度",
    ]

    // MARK: Measures and years of the cells

    private func nameQuantities(
        _ cells: inout [[TableNumbers.Cell]], pool: inout ScalarPool, columnHeaders: [[String]], rowLabels: [String],
        roles: [TableNumbers.RowRole], rowYears: [Int?], headerRows: Int
    ) {
        let table = (columnHeaders: columnHeaders, rowLabels: rowLabels, roles: roles, columnCount: columnHeaders.count)
        let unitColumn = table.columnHeaders.firstIndex { headers in
            headers.last.map { Self.same($0, "单位") || Self.same($0, "计量单位") } ?? false
        }
        // Per column, once: its year and the header text that names its measure (lower rows qualify upper
        // ones: "初级" + "双师型教师数").
        let columns = (0..<table.columnCount).map { c -> (year: Int?, label: String) in
            var headerParts: [String] = []
            var year: Int? = nil
            for (level, part) in table.columnHeaders[c].enumerated() {
                if let found = Self.yearCell(Self.scalarArray(part), reportYear: scanner.reportYear) {
                    year = found
                } else if level < headerRows {
                    headerParts.append(Self.withoutUnit(part))
                }
            }
            return (year, Self.concatenated(headerParts.reversed()))
        }
        // A table repeats its labels in every cell of a row or column: each is looked up once.
        var labels = LabelCache(capacity: table.columnCount + cells.count)
        func measureLabel(_ text: String, quantity: Quantity) -> MeasureLabel {
            let key = LabelKey(text: text, baseUnit: quantity.baseUnit, kind: quantity.kind)
            let hash = key.hash
            if let known = labels.label(for: key, hash: hash) { return known }
            let label = self.measureLabel(text, quantity: quantity, pool: &pool)
            labels.add(key, hash: hash, label)
            return label
        }
        // Cells of one column (one row) mostly share a unit and kind: the last label found for it is kept at hand,
        // which spares hashing the label text for every cell.
        // A column's text (a row's) is the same for all its cells: only the unit and kind are compared.
        var lastOfColumn = [UnitAndKind?](repeating: nil, count: table.columnCount)
        var lastLabelOfColumn = [MeasureLabel](repeating: .none, count: table.columnCount)
        for r in headerRows..<cells.count {
            let rowYear = rowYears[r]
            let rowLabel = table.rowLabels[r]
            let rowIsYear = rowYear != nil
            var rowText: String? = nil
            var lastOfRow: (key: UnitAndKind, label: MeasureLabel)? = nil
            // The columns of a row mostly share a qualifier: the joined text is built once for each.
            var lastQualifier: (plain: ScalarPool.Run, joined: ScalarPool.Run)? = nil
            for c in 0..<table.columnCount {
                // The quantity is moved out of its cell and back: a copy retained each of its arrays and strings.
                guard var quantity = cells[r][c].takeQuantity() else { continue }
                quantity.year = columns[c].year ?? rowYear
                // The measure: the column header, else the row label when the columns are years or values.
                let columnKey = UnitAndKind(baseUnit: quantity.baseUnit, kind: quantity.kind)
                var label: MeasureLabel
                if let last = lastOfColumn[c], last == columnKey {
                    label = lastLabelOfColumn[c]
                } else {
                    label = measureLabel(columns[c].label, quantity: quantity)
                    lastOfColumn[c] = columnKey
                    lastLabelOfColumn[c] = label
                }
                if label.measure == nil, !rowIsYear {
                    if rowText == nil {
                        var text = Self.withoutUnit(rowLabel)
                        if let unitColumn, unitColumn < table.columnCount, case .text = cells[r][unitColumn] {
                            text = Self.withoutUnit(text)
                        }
                        rowText = text
                    }
                    let rowKey = UnitAndKind(baseUnit: quantity.baseUnit, kind: quantity.kind)
                    let rowMeasure: MeasureLabel
                    if let lastOfRow, lastOfRow.key == rowKey {
                        rowMeasure = lastOfRow.label
                    } else {
                        rowMeasure = measureLabel(rowText!, quantity: quantity)
                        lastOfRow = (rowKey, rowMeasure)
                    }
                    if rowMeasure.measure != nil { label = rowMeasure }
                } else if label.measure != nil, !rowIsYear, table.roles[r] == .data || table.roles[r] == .subset {
                    // A row of one major or one school: its own entity, not the whole school's figure.
                    if let lastQualifier, pool.same(lastQualifier.plain, label.qualifier) {
                        label.qualifier = lastQualifier.joined
                    } else {
                        let joined = pool.add(rowLabel + "|" + pool.string(label.qualifier))
                        lastQualifier = (label.qualifier, joined)
                        label.qualifier = joined
                    }
                }
                quantity.label = label
                cells[r][c] = .number(quantity)
            }
        }
    }

    private struct UnitAndKind: Equatable {
        var baseUnit: Int?
        var kind: Quantity.Kind
    }

    /// A label text with the unit and kind it is read for. Compared and hashed by UTF-8 bytes: hashing a
    /// String of Chinese text normalises it first, which cost more than the lookup saved. Equal bytes are equal
    /// scalars, so a label found under a key is the one its text gives.
    struct LabelKey {
        var text: String
        var baseUnit: Int?
        var kind: Quantity.Kind

        static func == (a: LabelKey, b: LabelKey) -> Bool {
            a.kind == b.kind && a.baseUnit == b.baseUnit && sameBytes(a.text, b.text)
        }

        /// The key's hash, for `LabelCache`.
        var hash: Int {
            var hasher = Hasher()
            Self.combineBytes(text, into: &hasher)
            hasher.combine(baseUnit)
            hasher.combine(kind)
            return hasher.finalize()
        }

        /// Byte by byte over the contiguous storage (iterating the UTF-8 views cost several times more).
        private static func sameBytes(_ a: String, _ b: String) -> Bool {
            guard a.utf8.count == b.utf8.count else { return false }
            var a = a
            var b = b
            return a.withUTF8 { x in b.withUTF8 { y in x.elementsEqual(y) } }
        }

        private static func combineBytes(_ text: String, into hasher: inout Hasher) {
            hasher.combine(text.utf8.count)
            let done: Void? = text.utf8.withContiguousStorageIfAvailable {
                hasher.combine(bytes: UnsafeRawBufferPointer($0))
            }
            if done == nil { for byte in text.utf8 { hasher.combine(byte) } }
        }
    }

    /// The labels found for keys, by the keys' hashes in a dictionary of integers (keys with the same hash
    /// chained): a dictionary keyed by `LabelKey` itself had the runtime look up its `Hashable` conformance the
    /// first time, a search of every conformance in the program that cost more than a table's lookups.
    struct LabelCache {
        private var firstOfHash: [Int: Int] = [:]
        /// Each entry, and the next entry of the same hash (-1: none).
        private var entries: [(key: LabelKey, label: MeasureLabel, next: Int)] = []

        init(capacity: Int) {
            firstOfHash.reserveCapacity(capacity)
            entries.reserveCapacity(capacity)
        }

        subscript(key: LabelKey) -> MeasureLabel? { label(for: key, hash: key.hash) }

        /// The label kept for `key`, whose hash is `hash`.
        func label(for key: LabelKey, hash: Int) -> MeasureLabel? {
            var entry = firstOfHash[hash] ?? -1
            while entry >= 0 {
                if entries[entry].key == key { return entries[entry].label }
                entry = entries[entry].next
            }
            return nil
        }

        /// Keeps `label` for `key`, which has none yet.
        mutating func add(_ key: LabelKey, _ label: MeasureLabel) { add(key, hash: key.hash, label) }

        /// The same, with the key's hash.
        mutating func add(_ key: LabelKey, hash: Int, _ label: MeasureLabel) {
            entries.append((key, label, firstOfHash[hash] ?? -1))
            firstOfHash[hash] = entries.count - 1
        }
    }

    private func measureLabel(_ text: String, quantity: Quantity, pool: inout ScalarPool) -> MeasureLabel {
        let scalars = Self.scalarArray(text)
        var label = LabelExtractor.label(
            scalars, range: 0..<scalars.count, baseUnit: quantity.baseUnit, kind: quantity.kind, lexicon: lexicon,
            pool: &pool)
        label.range = 0..<0
        return label
    }

    /// "教职工总数(人)" → "教职工总数"; "金额（万元）" → "金额".
    static func withoutUnit(_ header: String) -> String {
        // Most labels end in no parenthesis: they are returned as they are, without a copy of their scalars.
        guard let last = header.unicodeScalars.last, last == ")" || last == "）" else { return header }
        var scalars = Array(header.unicodeScalars)
        if let open = scalars.lastIndex(where: { $0 == "(" || $0 == "（" }), scalars.last == ")" || scalars.last == "）",
            scalars.count - open <= 8, open > 0
        {
            scalars.removeSubrange(open...)
        }
        return LabelExtractor.string(scalars)
    }
}
