import Foundation

/// The values an approximate statement allows. Generous on purpose: two approximate figures conflict only when
/// even these ranges do not meet.
enum ApproximationInterval {
    /// - Parameters:
    ///   - value: the stated value in the base unit.
    ///   - step: one unit of the last significant digit written, in the base unit ("9300" → 100, "630" → 10).
    static func interval(_ value: Double, step: Double, approximation: Approximation?) -> NumberInterval? {
        guard let approximation else { return nil }
        switch approximation {
        case .about:
            // 约: ten per cent or half a step either side, whichever is wider.
            let spread = max(abs(value) * 0.1, step / 2)
            return NumberInterval(low: value - spread, high: value + spread)
        case .nearly:
            return NumberInterval(low: value - max(abs(value) * 0.15, step), high: value)
        case .odd:
            return NumberInterval(low: value, high: value + step)
        case .atLeast:
            return NumberInterval(low: value, high: .infinity)
        case .atMost:
            return NumberInterval(low: value < 0 ? -.infinity : 0, high: value)
        case .range:
            return nil
        }
    }

    /// One unit of the last significant digit of a number written with `decimals` decimals.
    static func step(writtenValue: Double, decimals: Int) -> Double {
        if decimals > 0 { return Precision.unit(decimals: decimals) }
        var step = 1.0
        var rest = writtenValue.rounded()
        while rest >= 10, rest.truncatingRemainder(dividingBy: 10) == 0 {
            rest /= 10
            step *= 10
        }
        return step
    }
}
