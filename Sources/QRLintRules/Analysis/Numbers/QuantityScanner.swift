import Foundation
import QRLintCore

/// Reads every quantity and year of one text (a paragraph or a table cell) in a single pass over its scalars.
/// Each number is read once; its label is found by looking back at most one clause.
struct QuantityScanner {
    let lexicon: NumberLexicon
    let reportYear: Int?
    /// The report's title and cover text: the institutions it names are the report's own.
    var ownName = EntityReader.OwnName([])
    /// The static sets and word lists the scan reads, held by the scanner: a static is reached through a
    /// `swift_once` call on every read, and they were read for every number or active scalar.
    let tables = Tables.shared

    /// Those sets and lists behind one reference: copying the scanner (the table reader holds one) retains it
    /// once, not each of their arrays.
    final class Tables: Sendable {
        let activeScalars = QuantityScanner.active
        let entity = EntityReader.tables
        let markers = Markers.shared
        let label = LabelText.tables
        let clauseEnds = NumberScalars.clauseEnds
        let kinds = QuantityScanner.scalarKinds

        static let shared = Tables()
    }

    var activeScalars: ScalarBitSet { tables.activeScalars }

    struct Scan {
        /// The text's quantities are `quantities[base...]`: the analysis lends the document's array, so a
        /// paragraph's quantities are written where they stay instead of being copied there (`base` is its count
        /// before the scan; 0 for a buffer of its own).
        var quantities: [Quantity] = []
        var base = 0
        var years: [YearMention] = []
        var entities: [EntityMention] = []
        /// Where each sentence starts, ascending (0 included): the first `sentenceCount` entries (a buffer keeps
        /// the entries of earlier texts: nearly every text has sentences, and emptying the array each time cost
        /// more than reading a short one). None after a scan that finds no quantity and no sentence end.
        var sentenceStarts: [Int] = []
        var sentenceCount = 0

        /// Empties the arrays and keeps their room.
        mutating func clear() {
            if quantities.count > base {
                if base == 0 {
                    quantities.removeAll(keepingCapacity: true)
                } else {
                    quantities.removeSubrange(base...)
                }
            }
            if !years.isEmpty { years.removeAll(keepingCapacity: true) }
            if !entities.isEmpty { entities.removeAll(keepingCapacity: true) }
            sentenceCount = 0
        }

        mutating func addSentence(start: Int) {
            if sentenceCount < sentenceStarts.count {
                sentenceStarts[sentenceCount] = start
            } else {
                sentenceStarts.append(start)
            }
            sentenceCount += 1
        }
    }

    /// What a scan builds, kept by the caller from one text to the next: the arrays keep their room, so the scans
    /// of a whole document allocate only while the longest text grows them, and a text without numbers allocates
    /// nothing. The text and its scalars are passed to each reader beside it, borrowed: held here, they were
    /// retained and released once more for every paragraph and table cell.
    struct Buffer {
        var scan = Scan()
        var host = Quantity.Host.paragraph(block: 0)
        /// Labels do not reach back past the previous number.
        var floor = 0
        /// The label extractor's room for a phrase without its quotes and spaces.
        var labelScratch: [Unicode.Scalar] = []
    }

    /// The scalars at which the scan below may do anything (a sentence end, a digit, a Latin letter, a Chinese
    /// numeral, 百, a relative-year word, an institution suffix). Most of a report's scalars are none of these,
    /// and one bit test is cheaper than the chain of checks.
    static func isActive(_ c: Unicode.Scalar) -> Bool {
        NumberScalars.endsSentence(c) || NumberScalars.isDigit(c) || NumberScalars.isLatinLetter(c)
            || c == "百" || NumberScalars.chineseDigit(c) != nil || c == "十"
            || YearMentionReader.mayStartRelative(c) || EntityReader.mayStartSuffix(c)
    }

    /// Every scalar for which `isActive` holds, built from the few that can (asking the predicate for all 65,536
    /// scalars of the BMP cost more than scanning a long report); a test checks it against `isActive`.
    static let active = ScalarBitSet(activeCandidates().filter(isActive).map(\.value))

    /// The few scalars `isActive` can hold for (and some it does not).
    private static func activeCandidates() -> [Unicode.Scalar] {
        var candidates = Array("。！？!?\n百十〇零一二两三四五六七八九上去本今当".unicodeScalars)
        candidates += EntityReader.suffixStartScalars
        let ranges: [ClosedRange<UInt32>] = [
            0x30...0x39, 0x41...0x5A, 0x61...0x7A, 0xFF10...0xFF19, 0xFF21...0xFF3A, 0xFF41...0xFF5A,
        ]
        for range in ranges { candidates += range.compactMap(Unicode.Scalar.init) }
        return candidates
    }

    /// What the scan does at a scalar, decided once per scalar value (see `scalarKinds`).
    enum ScalarKind: UInt8 {
        /// Not active: passed over.
        case none
        case sentenceEnd
        case digit
        case latinLetter
        /// The start of an institution suffix and nothing else the scan looks for.
        case entityOnly
        /// Any other active scalar: 百, a Chinese numeral, a relative-year word's start (and maybe a suffix's).
        case other
    }

    /// The kind of every scalar of the BMP, by value (every active scalar lies there): one load tells an inactive
    /// scalar, where a bit test did, and sends an active one to its branch, where a chain of predicates was asked
    /// in turn. Built from the candidates of `active`; a test checks it against the predicates.
    static let scalarKinds: [ScalarKind] = {
        var kinds = [ScalarKind](repeating: .none, count: 0x1_0000)
        for c in activeCandidates() where c.value < 0x1_0000 { kinds[Int(c.value)] = kind(of: c) }
        return kinds
    }()

    /// The branch of the scan an active scalar takes first, in the scan's order of tests.
    static func kind(of c: Unicode.Scalar) -> ScalarKind {
        if !isActive(c) { return .none }
        if NumberScalars.endsSentence(c) { return .sentenceEnd }
        if NumberScalars.isDigit(c) { return .digit }
        if NumberScalars.isLatinLetter(c) { return .latinLetter }
        if c == "百" || NumberScalars.chineseDigit(c) != nil || c == "十" || YearMentionReader.mayStartRelative(c) {
            return .other
        }
        return EntityReader.mayStartSuffix(c) ? .entityOnly : .other
    }

    /// The quantities of one text; their texts and labels are kept in `pool`.
    func scan(_ text: MappedText, host: Quantity.Host, pool: inout ScalarPool) -> Scan {
        var buffer = Buffer()
        scan(text, host: host, pool: &pool, into: &buffer)
        return buffer.scan
    }

    /// The quantities of one text, left in `state.scan` (what it held before is dropped).
    func scan(_ text: MappedText, host: Quantity.Host, pool: inout ScalarPool, into state: inout Buffer) {
        state.scan.clear()
        state.host = host
        state.floor = 0
        let s = text.scalars
        let n = s.count
        let kinds = tables.kinds
        var i = 0
        while i < n {
            let c = s[i]
            let kind = c.value < 0x1_0000 ? kinds[Int(c.value)] : .none
            if kind == .none {
                i += 1
                while i < n, s[i].value >= 0x1_0000 || kinds[Int(s[i].value)] == .none { i += 1 }
            } else if kind == .sentenceEnd {
                if state.scan.sentenceCount == 0 { state.scan.addSentence(start: 0) }
                state.scan.addSentence(start: i + 1)
                i += 1
            } else if kind == .digit {
                i = readArabic(at: i, &state, s, text, &pool)
            } else if kind == .latinLetter {
                // A Latin word, code or address (ISO9001, V2.0, https://…): its digits are not amounts.
                i += 1
                while i < n, NumberScalars.isLatinLetter(s[i]) || NumberScalars.isDigit(s[i]) || isCodeMark(s[i]) {
                    i += 1
                }
            } else if kind == .entityOnly {
                // Only an institution suffix can start here: the tests below for numerals and years are skipped.
                if let entity = EntityReader.read(s, at: i, limit: n, own: ownName, tables: tables.entity) {
                    state.scan.entities.append(entity)
                    i = entity.range.upperBound
                } else {
                    i += 1
                }
            } else if c == "百", let next = readPercentWords(at: i, &state, s, text, &pool) {
                i = next
            } else if NumberScalars.chineseDigit(c) != nil || c == "十",
                i == 0 || !NumberScalars.isChineseNumeral(s[i - 1]),
                let next = readChinese(at: i, &state, s, text, &pool)
            {
                i = next
            } else if let mention = YearMentionReader.readRelative(s, at: i, limit: n, reportYear: reportYear) {
                state.scan.years.append(mention)
                i = mention.range.upperBound
            } else if tables.entity.starts.contains(c.value),
                let entity = EntityReader.read(s, at: i, limit: n, own: ownName, tables: tables.entity)
            {
                state.scan.entities.append(entity)
                i = entity.range.upperBound
            } else {
                i += 1
            }
        }
        if state.scan.sentenceCount == 0, state.scan.quantities.count > state.scan.base {
            state.scan.addSentence(start: 0)
        }
        assignYears(&state.scan)
        assignEntities(&state.scan, s, &pool)
    }

    private func isCodeMark(_ s: Unicode.Scalar) -> Bool {
        s == "." || s == "-" || s == "_" || s == "/" || s == ":" || s == "@" || s == "?" || s == "=" || s == "&"
            || s == "%"
            || s == "#" || s == "~"
    }

    // MARK: Arabic numbers

    private func readArabic(
        at start: Int, _ state: inout Buffer, _ s: [Unicode.Scalar], _ text: MappedText, _ pool: inout ScalarPool
    ) -> Int {
        let n = s.count
        guard let number = ArabicNumberReader.read(s, at: start, limit: n) else { return start + 1 }
        if let mention = YearMentionReader.read(s, start: start, number: number, limit: n) {
            state.scan.years.append(mention)
            return mention.range.upperBound
        }
        // The scalar before the number is looked for once: "表1", "图2" are references, and a bare number is
        // asked about it again below.
        let before = previousScalar(s, start)
        if NotAQuantity.isExcluded(s, start: start, end: number.end, number: number, limit: n)
            || before == "表" || before == "图"
        {
            return skipNumberRun(s, from: number.end)
        }
        if let end = readRatio(number, start: start, &state, s, text, &pool) { return end }
        var reading = UnitReading(end: number.end)
        readUnit(after: number, &reading, s: s)
        // "3～5人", "15%～30%", "21-30岁": a range.
        var high: ArabicNumber? = nil
        if reading.end < n, NumberScalars.isRangeMark(s[reading.end]) || s[reading.end] == "到",
            let second = ArabicNumberReader.read(s, at: reading.end + 1, limit: n), second.value >= number.value,
            second.integerDigits <= 6, !(s[reading.end] == "—" && second.integerDigits == 4)
        {
            var secondReading = UnitReading(end: second.end)
            readUnit(after: second, &secondReading, s: s)
            if secondReading.unit != nil
                || reading.unit == nil && secondReading.multiplier == 1 && reading.multiplier == 1
            {
                if reading.unit == nil || reading.unit == secondReading.unit {
                    high = second
                    reading.end = secondReading.end
                    reading.unit = secondReading.unit
                    reading.multiplier = secondReading.multiplier
                    reading.approximation = .range
                }
            }
        }
        readPostMarkers(&reading, s: s)
        if reading.unit == nil, reading.multiplier == 1 {
            // A bare number must stand alone: "专任教师数488，"; "3D", "631分", "5 号", “33618” are not amounts.
            var next = reading.end
            while next < n, s[next] == " " { next += 1 }
            if next < n, !isBareTerminator(s[next]) { return skipNumberRun(s, from: reading.end) }
            if let b = before, tables.markers.notBeforeBare.contains(b.value) {
                return reading.end
            }
            if next < n, s[next] == "：" || s[next] == ":", number.integerDigits <= 2 { return reading.end }
        }
        let pre = preMarker(s, before: start)
        if reading.approximation == nil { reading.approximation = pre.approximation }
        let kind = kindOf(reading)
        let scale = reading.multiplier * (reading.unit.map { lexicon.units[$0].factor } ?? 1)
        let value: Double
        var interval: NumberInterval
        if let high {
            value = (number.value + high.value) / 2 * scale
            interval = NumberInterval(low: number.value * scale, high: high.value * scale)
        } else {
            value = number.value * scale
            let exact = number.decimals == 0 && scale == 1 && (kind == .count || kind == .bare)
            interval = exact ? .point(value) : Precision.rounding(number.value, decimals: number.decimals) * scale
            // The step is worked out only for an approximate number: most are exact.
            if let approximation = reading.approximation,
                let approximate = ApproximationInterval.interval(
                    value,
                    step: ApproximationInterval.step(writtenValue: number.value, decimals: number.decimals) * scale,
                    approximation: approximation)
            {
                interval = approximate
            }
        }
        let exact = number.decimals == 0 && scale == 1 && (kind == .count || kind == .bare)
        append(
            kind: kind, value: value, interval: interval, decimals: number.decimals, scale: scale,
            roundingUnit: exact ? 0 : Precision.unit(decimals: number.decimals) * scale, reading: reading,
            range: start..<reading.end, labelEnd: pre.start, &state, s, text, &pool)
        return reading.end
    }

    /// "18.7:1", "1：20": a ratio when one side is 1; "8:30" is a time and "3:2" a score, not read.
    private func readRatio(
        _ number: ArabicNumber, start: Int, _ state: inout Buffer, _ s: [Unicode.Scalar], _ text: MappedText,
        _ pool: inout ScalarPool
    ) -> Int? {
        let j = number.end
        guard j + 1 < s.count, s[j] == ":" || s[j] == "：",
            let right = ArabicNumberReader.read(s, at: j + 1, limit: s.count)
        else { return nil }
        guard number.value == 1 || right.value == 1, right.value > 0,
            right.end >= s.count || !(s[right.end] == ":" || s[right.end] == "：")
        else { return skipNumberRun(s, from: right.end) }
        let value = number.value / right.value
        let decimals = max(number.decimals, right.decimals)
        let interval: NumberInterval
        if number.value == 1 {
            let denominator = Precision.rounding(right.value, decimals: right.decimals)
            interval = (NumberInterval.point(1) / denominator) ?? .point(value)
        } else {
            interval = Precision.rounding(number.value, decimals: number.decimals)
        }
        var reading = UnitReading(end: right.end)
        reading.unit = nil
        let pre = preMarker(s, before: start)
        reading.approximation = pre.approximation
        append(
            kind: .ratio, value: value, interval: interval, decimals: decimals, scale: 1,
            roundingUnit: interval.width, reading: reading, range: start..<right.end, labelEnd: pre.start, &state, s,
            text, &pool)
        return right.end
    }

    private struct UnitReading {
        var end: Int
        var unit: Int? = nil
        var multiplier = 1.0
        var approximation: Approximation? = nil
    }

    /// 万/亿, 余/多 and the unit after a number: "4800 人", "1.73亿元", "9300余人", "2万余人", "12 万册".
    private func readUnit(after number: ArabicNumber, _ reading: inout UnitReading, s: [Unicode.Scalar]) {
        let n = s.count
        var k = number.end
        if k + 1 < n, s[k] == " ", !NumberScalars.isDigit(s[k + 1]) { k += 1 }
        if let match = lexicon.unit(in: s, at: k, limit: n) {
            reading.unit = match.unit
            reading.end = match.end
            return
        }
        if k < n, let (multiplier, length) = multiplier(s, at: k) {
            var m = k + length
            var approximation: Approximation? = nil
            if m < n, s[m] == "余" || s[m] == "多" {
                approximation = .odd
                m += 1
            }
            if m + 1 < n, s[m] == " ", !NumberScalars.isDigit(s[m + 1]) { m += 1 }
            reading.multiplier = multiplier
            reading.approximation = approximation
            if let match = lexicon.unit(in: s, at: m, limit: n) {
                reading.unit = match.unit
                reading.end = match.end
            } else {
                reading.end = approximation == nil ? k + length : m
            }
            return
        }
        if k < n, s[k] == "余" || s[k] == "多", let match = lexicon.unit(in: s, at: k + 1, limit: n) {
            reading.approximation = .odd
            reading.unit = match.unit
            reading.end = match.end
        }
    }

    private func multiplier(_ s: [Unicode.Scalar], at k: Int) -> (Double, Int)? {
        let n = s.count
        if k + 1 < n, s[k] == "千", s[k + 1] == "万" { return (1e7, 2) }
        if k + 1 < n, s[k] == "百", s[k + 1] == "万" { return (1e6, 2) }
        if s[k] == "万" { return (1e4, 1) }
        if s[k] == "亿" { return (1e8, 1) }
        return nil
    }

    /// The approximation words around a number and the scalars that rule out a number, in one value the scanner
    /// holds.
    struct Markers: Sendable {
        let postMarkers: [([Unicode.Scalar], Approximation)] =
            ([
                ("及以上", .atLeast), ("及以下", .atMost), ("以上", .atLeast), ("以下", .atMost), ("左右", .about),
                ("上下", .about), ("之多", .atLeast), ("余", .odd), ("多", .odd),
            ] as [(String, Approximation)]).map { (Array($0.0.unicodeScalars), $0.1) }

        let preMarkers: [([Unicode.Scalar], Approximation)] =
            ([
                ("不少于", .atLeast), ("不低于", .atLeast), ("不超过", .atMost), ("不高于", .atMost), ("大约", .about),
                ("将近", .nearly), ("接近", .nearly), ("超过", .atLeast), ("多达", .atLeast), ("至少", .atLeast),
                ("不足", .atMost), ("不到", .atMost), ("少于", .atMost), ("低于", .atMost), ("高于", .atLeast),
                ("约", .about), ("近", .nearly), ("逾", .atLeast), ("超", .atLeast),
            ] as [(String, Approximation)]).map { (Array($0.0.unicodeScalars), $0.1) }

        /// The scalars the post markers start with (pre markers end with): the lists are tried only next to one.
        let postMarkerFirsts: ScalarBitSet
        let preMarkerLasts: ScalarBitSet

        /// Scalars before a bare number that make it a reference or a name: 表1, 图2, 案例3, “33618”.
        let notBeforeBare = ScalarBitSet("表图例件录号页“\"‘".unicodeScalars.map(\.value))

        /// Scalars before a Chinese numeral that make it an ordinal or a word: 第一, 每一, 初三, 高二, 统一.
        let notBeforeNumerals = ScalarBitSet("第每初高周这那某几其星拜前后逐单唯统".unicodeScalars.map(\.value))

        init() {
            postMarkerFirsts = ScalarBitSet(postMarkers.compactMap { $0.0.first?.value })
            preMarkerLasts = ScalarBitSet(preMarkers.compactMap { $0.0.last?.value })
        }

        static let shared = Markers()
    }

    private func readPostMarkers(_ reading: inout UnitReading, s: [Unicode.Scalar]) {
        let markers = tables.markers
        guard reading.end < s.count, markers.postMarkerFirsts.contains(s[reading.end].value) else { return }
        for (word, approximation) in markers.postMarkers where LabelText.hasPrefix(s, reading.end, s.count, word) {
            // "以上数据": only when nothing word-like continues, except the next clause.
            if word.count == 1, reading.unit == nil { continue }
            if reading.approximation == nil || reading.approximation == .odd && approximation != .odd {
                reading.approximation = approximation
            }
            reading.end += word.count
            return
        }
    }

    /// An approximation word right before the number, and where the label ends (before the word).
    private func preMarker(_ s: [Unicode.Scalar], before start: Int) -> (approximation: Approximation?, start: Int) {
        var end = start
        while end > 0, s[end - 1] == " " { end -= 1 }
        let markers = tables.markers
        guard end > 0, markers.preMarkerLasts.contains(s[end - 1].value) else { return (nil, start) }
        for (word, approximation) in markers.preMarkers where LabelText.hasSuffix(s, 0, end, word) {
            return (approximation, end - word.count)
        }
        return (nil, start)
    }

    private func kindOf(_ reading: UnitReading) -> Quantity.Kind {
        guard let unit = reading.unit else { return .bare }
        switch lexicon.units[unit].kind {
        case .count: return .count
        case .money: return .money
        case .amount: return .amount
        case .percent: return .percent
        case .points: return .points
        case .times: return .times
        }
    }

    private func isBareTerminator(_ s: Unicode.Scalar) -> Bool {
        (NumberScalars.endsClause(s) && s != "—" && s != "/") || s == "）" || s == ")"
    }

    private func previousScalar(_ s: [Unicode.Scalar], _ start: Int) -> Unicode.Scalar? {
        var k = start - 1
        while k >= 0, s[k] == " " { k -= 1 }
        return k >= 0 ? s[k] : nil
    }

    /// Past the digits, dots and dashes of a number that is not an amount ("2.1.3", "023-6800").
    private func skipNumberRun(_ s: [Unicode.Scalar], from: Int) -> Int {
        var k = from
        while k < s.count, NumberScalars.isDigit(s[k]) || s[k] == "." || s[k] == "-" || s[k] == "/" { k += 1 }
        return max(k, from)
    }

    // MARK: Chinese numerals

    /// "百分之九十五", "百分之12.5".
    private func readPercentWords(
        at start: Int, _ state: inout Buffer, _ s: [Unicode.Scalar], _ text: MappedText, _ pool: inout ScalarPool
    ) -> Int? {
        if start > 0, NumberScalars.isChineseNumeral(s[start - 1]) { return nil }
        guard let (value, decimals, end) = ChineseNumeralReader.readPercent(s, at: start, limit: s.count) else {
            return nil
        }
        let pre = preMarker(s, before: start)
        var reading = UnitReading(end: end)
        reading.approximation = pre.approximation
        var interval = Precision.rounding(value, decimals: decimals)
        if let approximation = pre.approximation,
            let approximate = ApproximationInterval.interval(
                value, step: ApproximationInterval.step(writtenValue: value, decimals: decimals),
                approximation: approximation)
        {
            interval = approximate
        }
        append(
            kind: .percent, value: value, interval: interval, decimals: decimals, scale: 1,
            roundingUnit: Precision.unit(decimals: decimals), reading: reading, range: start..<end, labelEnd: pre.start,
            &state, s, text, &pool)
        return end
    }

    /// "二十二个", "三千余人", "两个", "三分之一". A Chinese numeral is an amount only with a unit after it
    /// (or as a fraction); "十四五", "三教", "第一", "一年级" are not.
    private func readChinese(
        at start: Int, _ state: inout Buffer, _ s: [Unicode.Scalar], _ text: MappedText, _ pool: inout ScalarPool
    ) -> Int? {
        let n = s.count
        if start > 0, tables.markers.notBeforeNumerals.contains(s[start - 1].value) { return nil }
        if let end = readFraction(at: start, &state, s, text, &pool) { return end }
        guard let numeral = ChineseNumeralReader.read(s, at: start, limit: n), numeral.value >= 2 else { return nil }
        var reading = UnitReading(end: numeral.end)
        var k = numeral.end
        if k < n, s[k] == "余" || s[k] == "多" {
            reading.approximation = .odd
            k += 1
        }
        guard let match = lexicon.unit(in: s, at: k, limit: n), lexicon.units[match.unit].kind == .count else {
            return nil
        }
        reading.unit = match.unit
        reading.end = match.end
        readPostMarkers(&reading, s: s)
        let pre = preMarker(s, before: start)
        if reading.approximation == nil { reading.approximation = pre.approximation }
        let value = numeral.value * lexicon.units[match.unit].factor
        var interval = NumberInterval.point(value)
        if let approximation = reading.approximation,
            let approximate = ApproximationInterval.interval(
                value, step: ApproximationInterval.step(writtenValue: numeral.value, decimals: 0),
                approximation: approximation)
        {
            interval = approximate
        }
        append(
            kind: .count, value: value, interval: interval, decimals: 0, scale: lexicon.units[match.unit].factor,
            roundingUnit: 0, reading: reading, range: start..<reading.end, labelEnd: pre.start, &state, s, text, &pool)
        return reading.end
    }

    /// "三分之一" as a percentage (33.3…). A fraction is a loose way to state a share: it is read as 约.
    private func readFraction(
        at start: Int, _ state: inout Buffer, _ s: [Unicode.Scalar], _ text: MappedText, _ pool: inout ScalarPool
    ) -> Int? {
        guard let fraction = ChineseNumeralReader.readFraction(s, at: start, limit: s.count) else { return nil }
        let value = fraction.value * 100
        let pre = preMarker(s, before: start)
        var reading = UnitReading(end: fraction.end)
        reading.approximation = pre.approximation ?? .about
        let spread = max(value * 0.1, 2)
        append(
            kind: .percent, value: value, interval: NumberInterval(low: value - spread, high: value + spread),
            decimals: 0,
            scale: 1, roundingUnit: 0, reading: reading, range: start..<fraction.end, labelEnd: pre.start, &state, s,
            text, &pool)
        return fraction.end
    }

    // MARK: Recording

    private func append(
        kind: Quantity.Kind, value: Double, interval: NumberInterval, decimals: Int, scale: Double,
        roundingUnit: Double,
        reading: UnitReading, range: Range<Int>, labelEnd: Int, _ state: inout Buffer,
        _ s: [Unicode.Scalar], _ text: MappedText, _ pool: inout ScalarPool
    ) {
        let baseUnit = reading.unit.map { lexicon.baseUnitOfUnit[$0] }
        var labelRange = LabelExtractor.rawRange(
            s, end: labelEnd, floor: state.floor, clauseEnds: tables.clauseEnds)
        var label: MeasureLabel
        if labelRange.isEmpty, state.scan.quantities.count > state.scan.base, let previous = state.scan.quantities.last,
            previous.range.upperBound <= labelEnd,
            adjoins(s, previous.range.upperBound, labelEnd)
        {
            // "51-60岁63人": the number right before is the label of this one.
            state.scan.quantities.removeLast()
            labelRange = previous.range
            label = MeasureLabel(scalars: previous.text, range: previous.range, measure: nil, qualifier: .empty)
        } else {
            label = LabelExtractor.label(
                s, range: labelRange, baseUnit: baseUnit, kind: kind, lexicon: lexicon, pool: &pool,
                scratch: &state.labelScratch, tables: tables.label)
        }
        let quantity = Quantity(
            kind: kind, value: value, interval: interval, decimals: decimals, scale: scale, roundingUnit: roundingUnit,
            approximation: reading.approximation,
            unit: reading.unit, baseUnit: baseUnit, text: pool.add(s, range),
            span: text.sourceSpan(range), range: range, host: state.host, label: label, year: nil)
        state.scan.quantities.append(quantity)
        state.floor = range.upperBound
    }

    /// Nothing but spaces between `a` and `b`.
    private func adjoins(_ s: [Unicode.Scalar], _ a: Int, _ b: Int) -> Bool {
        guard a <= b else { return false }
        for k in a..<b where s[k] != " " { return false }
        return true
    }

    // MARK: Institutions

    /// Each quantity takes the last institution named before it in its sentence.
    private func assignEntities(_ scan: inout Scan, _ s: [Unicode.Scalar], _ pool: inout ScalarPool) {
        guard !scan.entities.isEmpty else { return }
        var sentence = 0
        var mention = 0
        var current: Range<Int>? = nil
        // The current name, once kept in the pool.
        var kept: ScalarPool.Run? = nil
        for index in scan.base..<scan.quantities.count {
            let at = scan.quantities[index].range.lowerBound
            while sentence + 1 < scan.sentenceCount, scan.sentenceStarts[sentence + 1] <= at {
                sentence += 1
                current = nil
                kept = nil
            }
            while mention < scan.entities.count, scan.entities[mention].range.upperBound <= at {
                if scan.entities[mention].range.lowerBound >= scan.sentenceStarts[sentence] {
                    current = scan.entities[mention].range
                    kept = nil
                }
                mention += 1
            }
            guard let current else { continue }
            if kept == nil { kept = pool.add(s, current) }
            scan.quantities[index].entity = kept
        }
    }

    // MARK: Years

    /// Each quantity takes the nearest scoping year before it in its sentence; failing that, the year the
    /// paragraph opens with ("2024年度，…").
    private func assignYears(_ scan: inout Scan) {
        guard !scan.years.isEmpty, scan.quantities.count > scan.base else { return }
        let firstQuantity = scan.quantities[scan.base].range.lowerBound
        let secondSentence = scan.sentenceCount > 1 ? scan.sentenceStarts[1] : Int.max
        let opening = scan.years.first {
            $0.opensParagraph && $0.range.upperBound <= min(firstQuantity, secondSentence)
        }?.year
        var sentence = 0
        var mention = 0
        var current: Int? = nil
        var once: (year: Int, restore: Int?)? = nil
        for index in scan.base..<scan.quantities.count {
            let at = scan.quantities[index].range.lowerBound
            while sentence + 1 < scan.sentenceCount, scan.sentenceStarts[sentence + 1] <= at {
                sentence += 1
                current = nil
            }
            while mention < scan.years.count, scan.years[mention].range.upperBound <= at {
                let m = scan.years[mention]
                if m.scopes, m.range.lowerBound >= scan.sentenceStarts[sentence] {
                    if m.nextOnly { once = (m.year, current) } else { current = m.year }
                }
                mention += 1
            }
            if let (year, restore) = once {
                scan.quantities[index].year = year
                current = restore
                once = nil
                continue
            }
            scan.quantities[index].year = current ?? opening
        }
    }
}
