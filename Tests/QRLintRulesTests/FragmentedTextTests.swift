import QRLintCore
import Testing

@testable import QRLintRules

/// Names looked for in text that PDF extraction printed one table column at a time.
struct FragmentedTextTests {
    private func text(_ lines: String) -> FragmentedText {
        FragmentedText(
            lines: lines.split(separator: "\n", omittingEmptySubsequences: false).map {
                ComparableText.of($0.unicodeScalars)
            })
    }

    private func name(_ s: String) -> [Unicode.Scalar] { ComparableText.of(s.unicodeScalars) }

    @Test func wholeNamesAndNamesRunOverLines() {
        let t = text("毕业生人数\n人\n思想政治课教学满\n意度\n“双师型”教师比例%")
        #expect(t.contains(name("毕业生人数")))
        #expect(t.contains(name("思想政治课教学满意度")))
        #expect(t.contains(name("“双师型”教师比例")))
    }

    /// The unit printed beside the first piece, year headers and row numbers before the second.
    @Test func piecesWithOtherCellsBetween() {
        let t = text("毕业生去向落实人 人\n2024 年\n2025 年\n400\n388\n3\n4\n数\n校园网主干最大带 Mbps\n宽")
        #expect(t.contains(name("毕业生去向落实人数")))
        #expect(t.contains(name("校园网主干最大带宽")))
    }

    @Test func threePiecesOfANarrowColumn() {
        let t = text("公共基础课（不含思\n想政治课）教学满意\n度*\n%")
        #expect(t.contains(name("公共基础课不含思想政治课教学满意度")))
    }

    @Test func absentOrTooFarApartIsNotFound() {
        #expect(!text("毕业生人数\n人\n升学人数").contains(name("月收入")))
        // The second piece must open a line, within eight lines that are not digits only.
        let far = "毕业生去向落实人 人\n" + String(repeating: "指标\n", count: 9) + "数"
        #expect(!text(far).contains(name("毕业生去向落实人数")))
        #expect(!text("").contains(name("生师比")))
    }
}
