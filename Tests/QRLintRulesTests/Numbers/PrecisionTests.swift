import Foundation
import Testing

@testable import QRLintRules

struct PrecisionTests {
    /// The table of powers of ten gives the bits `pow` gives, inside and outside its range.
    @Test func powersOfTenAsPowGivesThem() {
        for d in -3...25 {
            #expect(Precision.unit(decimals: d) == pow(10, Double(-d)))
            #expect(Precision.power(d) == pow(10, Double(d)))
        }
    }

    @Test func roundingInterval() {
        let i = Precision.rounding(65.7, decimals: 1)
        #expect(i.contains(65.65) && i.contains(65.749))
        #expect(!i.contains(65.8))
    }

    /// 69 ÷ 217 = 31.797…: "31.7" only truncation explains.
    @Test func truncationIsLooser() {
        let share = 69.0 / 217 * 100
        #expect(!Precision.rounding(31.7, decimals: 1).contains(share))
        #expect(Precision.truncation(31.7, decimals: 1).contains(share))
    }

    @Test func formatting() {
        #expect(Precision.format(486) == "486")
        #expect(Precision.format(18.738, decimals: 2) == "18.74")
        #expect(Precision.format(8.40, decimals: 1) == "8.4")
        #expect(Precision.format(-224) == "-224")
    }

    /// The fixed-point digits written without Foundation match `String(format:)` less trailing zeros.
    @Test func fixedPointMatchesFormat() {
        var values: [Double] = [0.5, -0.5, 0.05, 1.25, 18.738, 97.35, 31.797, 1234567.891, -0.004, 99.995, 0.1 + 0.2]
        var seed: UInt64 = 0x9E37_79B9_7F4A_7C15
        for _ in 0..<2000 {
            seed = seed &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            let magnitude = Double(seed >> 40) / Double(1 << 24) * pow(10, Double(seed % 9) - 3)
            values.append(seed & 1 == 0 ? magnitude : -magnitude)
        }
        for value in values {
            for decimals in 0...6 {
                let factor = pow(10, Double(decimals))
                let rounded = (value * factor).rounded() / factor
                if rounded == rounded.rounded() { continue }
                var expected = String(format: "%.\(decimals)f", rounded)
                while expected.hasSuffix("0") { expected.removeLast() }
                if expected.hasSuffix(".") { expected.removeLast() }
                #expect(Precision.format(value, decimals: decimals) == expected, "\(value) at \(decimals)")
            }
        }
    }
}
