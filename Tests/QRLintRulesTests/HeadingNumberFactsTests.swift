import QRLintCore
import Testing

@testable import QRLintRules

/// The facts a heading number is compared by agree with the number itself.
struct HeadingNumberFactsTests {
    private func number(_ components: [Int], _ style: HeadingNumber.Style = .arabic) -> HeadingNumber {
        HeadingNumber(
            style: style, components: components, text: components.map(String.init).joined(separator: "."),
            span: Span(0..<1))
    }

    @Test func depthAndLastFollowTheNumber() {
        let arabic = HeadingNumberFacts(number([2, 3, 4]))
        #expect(arabic.depth == 3)
        #expect(arabic.last == 4)
        let chinese = HeadingNumberFacts(number([5], .chinese))
        #expect(chinese.depth == 1)
        #expect(chinese.last == 5)
        let none = HeadingNumberFacts(nil)
        #expect(none.depth == 1)
        #expect(none.last == 0)
        #expect(none.packed == nil)
    }

    /// From a style and components in place, the facts are the number's; without a style, no number's.
    @Test func factsFromThePartsAreTheNumbersFacts() {
        for (components, style) in [([2, 3, 4], HeadingNumber.Style.arabic), ([5], .chinese), ([1, 70000], .arabic)] {
            let parts = components.withUnsafeBufferPointer { HeadingNumberFacts(style: style, components: $0) }
            #expect(parts == HeadingNumberFacts(number(components, style)))
        }
        let none = [7].withUnsafeBufferPointer { HeadingNumberFacts(style: nil, components: $0) }
        #expect(none == HeadingNumberFacts(nil))
    }

    @Test func styleIsTheNumbersOrNilWithoutOne() {
        #expect(HeadingNumberFacts(number([2, 3])).style == .arabic)
        #expect(HeadingNumberFacts(number([5], .parenthesizedChinese)).style == .parenthesizedChinese)
        #expect(HeadingNumberFacts(nil).style == nil)
    }

    @Test(arguments: [
        ([2, 1], [2], true), ([2, 1], [3], false), ([1, 0], [1], true), ([0, 5], [0], true), ([0, 5], [5], false),
        ([1, 2, 3], [1, 2], true), ([1, 2, 3], [1, 3], false),
    ])
    func extendsComparesTheComponents(_ child: [Int], _ parent: [Int], _ expected: Bool) {
        let facts = HeadingNumberFacts(number(child))
        #expect(facts.extends(HeadingNumberFacts(number(parent))) == expected)
        #expect(expected == child.dropLast().elementsEqual(parent))
    }

    /// Numbers the packing cannot hold, or not one level deeper, are left to the components.
    @Test func undecidedWithoutPackingOrDepth() {
        #expect(HeadingNumberFacts(number([1, 2, 3, 4, 5])).packed == nil)
        #expect(HeadingNumberFacts(number([70_000, 1])).extends(HeadingNumberFacts(number([70_000]))) == nil)
        #expect(HeadingNumberFacts(number([1, 2, 3])).extends(HeadingNumberFacts(number([1]))) == nil)
    }
}
