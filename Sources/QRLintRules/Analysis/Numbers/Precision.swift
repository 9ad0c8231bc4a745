import Foundation

/// What the number of decimals shown says about a value (XBRL Calculations 1.1 semantics): "97.3" stands for
/// any value that rounds to it, [97.25, 97.35]; a draft that truncates instead (97.38 → 97.3) covers
/// [97.3, 97.4). A mismatch only truncation explains is reported apart, as information.
public enum Precision {
    /// Half a unit of the last decimal shown.
    public static func halfUnit(decimals: Int) -> Double { 0.5 * unit(decimals: decimals) }

    /// One unit of the last decimal shown (10⁻ᵈ), as `pow` gives it: read from a table for the decimals reports
    /// write, since `pow` was called for nearly every number.
    public static func unit(decimals: Int) -> Double {
        decimals >= 0 && decimals < negativePowers.count ? negativePowers[decimals] : pow(10, Double(-decimals))
    }

    /// 10⁰ … 10⁻¹⁵ and 10⁰ … 10¹⁵, each computed by `pow` itself so the values are the same bits.
    private static let negativePowers: [Double] = (0..<16).map { pow(10, Double(-$0)) }
    private static let positivePowers: [Double] = (0..<16).map { pow(10, Double($0)) }

    /// 10ᵈ, as `pow` gives it.
    static func power(_ decimals: Int) -> Double {
        decimals >= 0 && decimals < positivePowers.count ? positivePowers[decimals] : pow(10, Double(decimals))
    }

    /// Every value that rounds (half away from zero) to `value` at `decimals` decimals.
    public static func rounding(_ value: Double, decimals: Int) -> NumberInterval {
        let half = halfUnit(decimals: decimals)
        return NumberInterval(low: value - half, high: value + half)
    }

    /// Every value that truncates to `value` at `decimals` decimals: [value, value + one unit).
    public static func truncation(_ value: Double, decimals: Int) -> NumberInterval {
        return NumberInterval(low: value, high: value + unit(decimals: decimals) * (1 - 1e-6))
    }

    /// A computed value for a message: at most `decimals` decimals, no trailing zeros ("18.74", "486").
    public static func format(_ value: Double, decimals: Int = 2) -> String {
        guard value.isFinite else { return value > 0 ? "∞" : "-∞" }
        let factor = power(max(0, decimals))
        let rounded = (value * factor).rounded() / factor
        if rounded == rounded.rounded(), abs(rounded) < 1e15 { return String(Int(rounded)) }
        if let text = fixedPoint(rounded, places: max(0, decimals), factor: factor) { return text }
        var text = String(format: "%.\(max(0, decimals))f", rounded)
        while text.hasSuffix("0") { text.removeLast() }
        if text.hasSuffix(".") { text.removeLast() }
        return text
    }

    /// `value` (already rounded to `places` decimals, `factor` = 10^places) as `String(format: "%.Nf")` prints
    /// it, less trailing zeros, without going through Foundation's formatter (slow, and called for every number
    /// in a message). Nil when the digits could exceed a `Double`'s exact integers; the caller then formats.
    static func fixedPoint(_ value: Double, places: Int, factor: Double) -> String? {
        let scaled = abs(value) * factor
        guard places <= 9, scaled < 1e15 else { return nil }
        // `value` lies within a rounding error of units / 10^places, so these are the digits printf shows.
        var units = Int(scaled.rounded())
        // Written backwards from the end of a buffer on the stack (at most 15 digits, a point and a sign): a list
        // of its own, reversed, was an allocation and its release for every number of a message.
        return withUnsafeTemporaryAllocation(of: UInt8.self, capacity: 32) { buffer in
            var start = buffer.count
            var fraction = places
            // The fraction's digits, last first, trailing zeros dropped.
            var kept = false
            while fraction > 0 {
                let digit = UInt8(units % 10)
                units /= 10
                fraction -= 1
                if digit != 0 || kept {
                    start -= 1
                    buffer[start] = 0x30 + digit
                    kept = true
                }
            }
            if kept {
                start -= 1
                buffer[start] = UInt8(ascii: ".")
            }
            repeat {
                start -= 1
                buffer[start] = 0x30 + UInt8(units % 10)
                units /= 10
            } while units > 0
            if value < 0 {
                start -= 1
                buffer[start] = UInt8(ascii: "-")
            }
            return String(decoding: UnsafeBufferPointer(rebasing: buffer[start...]), as: UTF8.self)
        }
    }
}
