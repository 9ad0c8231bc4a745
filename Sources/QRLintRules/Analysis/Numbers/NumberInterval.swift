/// A closed interval of real numbers: what a printed value can stand for. "12.5%" is [12.45, 12.55];
/// "9300余人" is [9300, 9400]; "超过10项" is [10, ∞]. Arithmetic follows interval rules, so the result of an
/// expression covers every value its inputs could have (XBRL Calculations 1.1).
public struct NumberInterval: Sendable, Hashable, CustomStringConvertible {
    public var low: Double
    public var high: Double

    public init(low: Double, high: Double) {
        self.low = min(low, high)
        self.high = max(low, high)
    }

    public static func point(_ value: Double) -> NumberInterval { NumberInterval(low: value, high: value) }

    public static let everything = NumberInterval(low: -.infinity, high: .infinity)

    public var isPoint: Bool { low == high }
    public var width: Double { high - low }
    public var middle: Double { low.isFinite && high.isFinite ? (low + high) / 2 : (low.isFinite ? low : high) }

    /// Floating-point slack, relative to the magnitudes involved: 0.1 + 0.2 must equal 0.3.
    private static func slack(_ a: Double, _ b: Double) -> Double {
        let scale = max(1, abs(a.isFinite ? a : 0), abs(b.isFinite ? b : 0))
        return scale * 1e-9
    }

    public func contains(_ value: Double) -> Bool {
        value >= low - Self.slack(low, value) && value <= high + Self.slack(high, value)
    }

    public func intersects(_ other: NumberInterval) -> Bool {
        other.low <= high + Self.slack(high, other.low) && low <= other.high + Self.slack(low, other.high)
    }

    public static func + (a: NumberInterval, b: NumberInterval) -> NumberInterval {
        NumberInterval(low: a.low + b.low, high: a.high + b.high)
    }

    public static func - (a: NumberInterval, b: NumberInterval) -> NumberInterval {
        NumberInterval(low: a.low - b.high, high: a.high - b.low)
    }

    public static func * (a: NumberInterval, b: NumberInterval) -> NumberInterval {
        // Four products compared in place (an array of them was an allocation for every division); the first
        // least and the first greatest, as `min()` and `max()` of the array chose them.
        func product(_ x: Double, _ y: Double) -> Double {
            let p = x * y
            return p.isNaN ? 0 : p
        }
        var low = product(a.low, b.low)
        var high = low
        func include(_ p: Double) {
            if p < low { low = p }
            if high < p { high = p }
        }
        include(product(a.low, b.high))
        include(product(a.high, b.low))
        include(product(a.high, b.high))
        return NumberInterval(low: low, high: high)
    }

    public static func * (a: NumberInterval, k: Double) -> NumberInterval {
        NumberInterval(low: a.low * k, high: a.high * k)
    }

    /// Nil when the divisor may be zero: nothing can be said then.
    public static func / (a: NumberInterval, b: NumberInterval) -> NumberInterval? {
        guard b.low > 0 || b.high < 0 else { return nil }
        return a * NumberInterval(low: 1 / b.high, high: 1 / b.low)
    }

    /// The sum of several intervals ([] sums to 0).
    public static func sum<S: Sequence>(_ intervals: S) -> NumberInterval where S.Element == NumberInterval {
        intervals.reduce(.point(0), +)
    }

    public var description: String { isPoint ? "\(low)" : "[\(low), \(high)]" }
}
