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

    public var kind: Kind
    /// The value as stated, in the base unit (9800万元 → 98000000; 12.5% → 12.5).
    public var value: Double
    /// Every value the statement allows, in the base unit: rounding of the shown decimals, and approximation.
    public var interval: NumberInterval
    /// Decimals shown.
    public var decimals: Int
    /// Base units per written unit (万元 → 10000; "12 万册" → 10000).
    public var scale: Double
    /// One unit of the last digit shown, in base units; 0 for an exact count ("286 人").
    public var roundingUnit: Double
    public var approximation: Approximation?
    /// The unit as written ("万元"), as its index in `NumberLexicon.units`; nil for bare numbers and ratios.
    public var unit: Int?
    /// The unit values are compared in ("元"), as its id in `NumberLexicon.baseUnitNames`.
    public var baseUnit: Int?
    /// Number and unit (and "余", "以上"), as written, kept in the analysis's `ScalarPool`: a quantity holds no
    /// string or array, so copying one retains nothing.
    public var text: ScalarPool.Run
    /// `text` in the source.
    public var span: Span
    /// `text` in the host's scalars (the paragraph text or the cell text).
    public var range: Range<Int>
    public var host: Host
    /// The noun phrase in front of it, and the measure it names.
    public var label: MeasureLabel
    /// The year it is stated for ("2024年度…"), when the text says one; nil: the report's own year.
    public var year: Int?
    /// The institution named before it in its sentence, when it is not the report's own ("璧山职教中心"), in
    /// the pool.
    public var entity: ScalarPool.Run? = nil

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
    /// The phrase with quotes, spaces and neutral words removed ("正式在编", "教职工总数"), in the pool.
    public var scalars: ScalarPool.Run
    /// The phrase's range in the host's scalars (empty when there is none).
    public var range: Range<Int>
    /// The measure, as its index in `NumberLexicon.measures`, when a known label ends the phrase.
    public var measure: Int?
    /// What stays in front of the known label ("初级" in "初级“双师型”教师"), in the pool; empty for the plain
    /// measure.
    public var qualifier: ScalarPool.Run

    public static let none = MeasureLabel(scalars: .empty, range: 0..<0, measure: nil, qualifier: .empty)
}
