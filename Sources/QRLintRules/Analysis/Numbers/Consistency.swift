/// Whether a stated value agrees with the value computed from others, in interval terms (XBRL Calculations 1.1):
/// agreement when the intervals meet. When they only meet once the shown digits are allowed to have been
/// truncated instead of rounded, the mismatch is reported apart (`numbers.rounding`, info).
public enum Consistency: Sendable, Equatable {
    case consistent
    case mismatch
    /// Only truncation (or rounding up) of the shown digits explains the difference.
    case truncationOnly

    public static func of(
        stated: NumberInterval, computed: NumberInterval, statedLoose: NumberInterval, computedLoose: NumberInterval
    ) -> Consistency {
        if stated.intersects(computed) { return .consistent }
        if statedLoose.intersects(computedLoose) { return .truncationOnly }
        return .mismatch
    }

    /// A stated quantity against a computed interval pair.
    public static func of(_ stated: Quantity, computed: NumberInterval, computedLoose: NumberInterval) -> Consistency {
        of(stated: stated.interval, computed: computed, statedLoose: stated.looseInterval, computedLoose: computedLoose)
    }
}

/// How quantities are printed in messages: the number as written, without its unit ("310人" → "310").
enum NumberText {
    static func number(_ q: Quantity, in pool: ScalarPool) -> String {
        String(scalars: numberScalars(q, in: pool))
    }

    /// The leading run of number scalars, read off the scalars kept for the quantity (all of them when it has none).
    static func numberScalars(_ q: Quantity, in pool: ScalarPool) -> ArraySlice<Unicode.Scalar> {
        let scalars = pool[q.text]
        var end = scalars.startIndex
        while end < scalars.endIndex {
            let s = scalars[end]
            guard
                NumberScalars.isDigit(s) || s == "." || s == "．" || s == "," || NumberScalars.isChineseNumeral(s)
                    || s == "分" || s == "之"
            else { break }
            end += 1
        }
        return end == scalars.startIndex ? scalars : scalars[..<end]
    }

    /// A computed value in the written unit of `like` ("486", "18.74").
    static func value(_ base: Double, like q: Quantity, decimals: Int? = nil) -> String {
        let written = q.scale == 0 ? base : base / q.scale
        return Precision.format(written, decimals: decimals ?? max(q.decimals, 2))
    }
}
