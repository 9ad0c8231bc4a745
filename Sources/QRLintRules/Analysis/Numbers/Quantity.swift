import QRLintCore

/// A number the report states as an amount of something, with what it counts and for which year.
public struct Quantity: Sendable, Hashable {
    public enum Kind: String, Sendable, Hashable {
        /// People, things, items (人, 个, 项); exact when written as a whole number.
        case count
        case money
        /// Areas, hours, bandwidth: summable, but printed rounded.
        case amount
        /// 12.5%, 百分之九十五, 三分之一 (as 33.3…%).
        case percent
        /// 个百分点.
        case points
        /// 倍.
        case times
        /// 18.7:1, 1：20 (value: left ÷ right).
        case ratio
        /// A number with no unit after a label ("专任教师数488", "生师比18.7").
        case bare

        /// Values of this kind add up to a whole (people, things, money, areas).
        public var isSummable: Bool { self == .count || self == .money || self == .amount || self == .bare }
    }

    /// Where the quantity is written.
    public enum Host: Sendable, Hashable {
        case paragraph(block: Int)
        case cell(block: Int, row: Int, column: Int)

        public var block: Int {
            switch self {
            case .paragraph(let block), .cell(let block, _, _): block
            }
        }
    }

    // The stored fields, widest first and the small ones as narrow integers: quantities are copied by the ten
    // thousand (into the document's array, the claim finders' working copies, facts and claims), and at 240
    // bytes each the copies and the pages they filled were a visible share of the analysis. The public fields
    // below read and write them.

    /// The value as stated, in the base unit (9800万元 → 98000000; 12.5% → 12.5).
    public var value: Double
    /// Every value the statement allows, in the base unit: rounding of the shown decimals, and approximation.
    public var interval: NumberInterval
    /// Base units per written unit (万元 → 10000; "12 万册" → 10000).
    public var scale: Double
    /// One unit of the last digit shown, in base units; 0 for an exact count ("286 人").
    public var roundingUnit: Double
    /// `text` in the source.
    public var span: Span
    /// `text` in the host's scalars (the paragraph text or the cell text).
    public var range: Range<Int>
    /// The noun phrase in front of it, and the measure it names.
    public var label: MeasureLabel
    /// Number and unit (and "余", "以上"), as written, kept in the analysis's `ScalarPool`: a quantity holds no
    /// string or array, so copying one retains nothing.
    public var text: ScalarPool.Run
    /// The institution named before it in its sentence, when it is not the report's own ("璧山职教中心"), in
    /// the pool.
    public var entity: ScalarPool.Run? = nil
    private var storedYear: Int32
    private var storedDecimals: Int32
    private var hostBlock: Int32
    /// -1 for a paragraph.
    private var hostRow: Int32
    private var hostColumn: Int32
    private var storedUnit: Int16
    private var storedBaseUnit: Int16
    public var kind: Kind
    public var approximation: Approximation?

    /// `storedYear` of a quantity without a year (a computed constant: a stored static is reached through a
    /// `swift_once` call on every read).
    private static var noYear: Int32 { .min }

    init(
        kind: Kind, value: Double, interval: NumberInterval, decimals: Int, scale: Double, roundingUnit: Double,
        approximation: Approximation?, unit: Int?, baseUnit: Int?, text: ScalarPool.Run, span: Span,
        range: Range<Int>, host: Host, label: MeasureLabel, year: Int?
    ) {
        self.value = value
        self.interval = interval
        self.scale = scale
        self.roundingUnit = roundingUnit
        self.span = span
        self.range = range
        self.label = label
        self.text = text
        self.storedYear = Self.noYear
        self.storedDecimals = Int32(decimals)
        self.hostBlock = 0
        self.hostRow = -1
        self.hostColumn = 0
        self.storedUnit = -1
        self.storedBaseUnit = -1
        self.kind = kind
        self.approximation = approximation
        self.unit = unit
        self.baseUnit = baseUnit
        self.host = host
        self.year = year
    }

    /// Decimals shown.
    public var decimals: Int {
        get { Int(storedDecimals) }
        set { storedDecimals = Int32(newValue) }
    }

    /// The unit as written ("万元"), as its index in `NumberLexicon.units`; nil for bare numbers and ratios.
    public var unit: Int? {
        get { storedUnit < 0 ? nil : Int(storedUnit) }
        set { storedUnit = newValue.map { Int16($0) } ?? -1 }
    }

    /// The unit values are compared in ("元"), as its id in `NumberLexicon.baseUnitNames`.
    public var baseUnit: Int? {
        get { storedBaseUnit < 0 ? nil : Int(storedBaseUnit) }
        set { storedBaseUnit = newValue.map { Int16($0) } ?? -1 }
    }

    /// Where the quantity is written.
    public var host: Host {
        get {
            hostRow < 0
                ? .paragraph(block: Int(hostBlock))
                : .cell(block: Int(hostBlock), row: Int(hostRow), column: Int(hostColumn))
        }
        set {
            switch newValue {
            case .paragraph(let block):
                hostBlock = Int32(block)
                hostRow = -1
                hostColumn = 0
            case .cell(let block, let row, let column):
                hostBlock = Int32(block)
                hostRow = Int32(row)
                hostColumn = Int32(column)
            }
        }
    }

    /// The year it is stated for ("2024年度…"), when the text says one; nil: the report's own year.
    public var year: Int? {
        get { storedYear == Self.noYear ? nil : Int(storedYear) }
        set { storedYear = newValue.map { Int32($0) } ?? Self.noYear }
    }

    /// Stated without 约, 余, 以上 …
    public var isExact: Bool { approximation == nil }

    /// The values left when the shown digits may have been truncated instead of rounded: from the value up to
    /// (not including) one unit of the last digit more.
    public var looseInterval: NumberInterval {
        guard approximation == nil, roundingUnit > 0 else { return interval }
        return NumberInterval(low: value, high: value + roundingUnit * (1 - 1e-6))
    }

    /// The value in the unit it is written in ("9800万元" → 9800).
    public var writtenValue: Double { scale == 0 ? value : value / scale }

    /// Values of this kind add up to a whole (people, things, money, areas).
    public var isSummable: Bool { kind.isSummable }
}

/// Words that turn a value into a range.
public enum Approximation: String, Sendable, Hashable {
    /// 约, 大约, 左右, 上下: some way either side.
    case about
    /// 近, 将近, 接近: a little below.
    case nearly
    /// 余, 多: above, by less than one unit of the last digit written ("9300余人" is 9300–9400).
    case odd
    /// 超过, 以上, 逾, 不少于, 至少: at least.
    case atLeast
    /// 不足, 不到, 以下, 少于: at most.
    case atMost
    /// "3～5人": a range written out.
    case range
}

/// The noun phrase in front of a number and the measure it names.
public struct MeasureLabel: Sendable, Hashable {
    // Stored as narrow as they go (the label is part of every `Quantity`, copied by the ten thousand); the
    // public fields below read and write them.

    /// The phrase's range in the host's scalars (empty when there is none).
    public var range: Range<Int>
    /// The phrase with quotes, spaces and neutral words removed ("正式在编", "教职工总数"), in the pool.
    public var scalars: ScalarPool.Run
    /// What stays in front of the known label ("初级" in "初级“双师型”教师"), in the pool; empty for the plain
    /// measure.
    public var qualifier: ScalarPool.Run
    /// -1: none.
    private var storedMeasure: Int32

    init(scalars: ScalarPool.Run, range: Range<Int>, measure: Int?, qualifier: ScalarPool.Run) {
        self.range = range
        self.scalars = scalars
        self.qualifier = qualifier
        self.storedMeasure = measure.map { Int32($0) } ?? -1
    }

    /// The measure, as its index in `NumberLexicon.measures`, when a known label ends the phrase.
    public var measure: Int? {
        get { storedMeasure < 0 ? nil : Int(storedMeasure) }
        set { storedMeasure = newValue.map { Int32($0) } ?? -1 }
    }

    /// Computed: a stored static is reached through a `swift_once` call on every read.
    public static var none: MeasureLabel {
        MeasureLabel(scalars: .empty, range: 0..<0, measure: nil, qualifier: .empty)
    }
}
