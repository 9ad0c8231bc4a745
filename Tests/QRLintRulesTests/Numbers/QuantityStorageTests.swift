import QRLintCore
import Testing

@testable import QRLintRules

/// `Quantity` and `MeasureLabel` keep their small fields as narrow integers behind the public properties: what is
/// set reads back unchanged, nil included.
struct QuantityStorageTests {
    private func quantity(unit: Int?, baseUnit: Int?, host: Quantity.Host, year: Int?, measure: Int?) -> Quantity {
        Quantity(
            kind: .count, value: 286, interval: .point(286), decimals: 2, scale: 1, roundingUnit: 0,
            approximation: .odd, unit: unit, baseUnit: baseUnit, text: .empty, span: Span(3..<7), range: 3..<7,
            host: host, label: MeasureLabel(scalars: .empty, range: 0..<3, measure: measure, qualifier: .empty),
            year: year)
    }

    @Test func fieldsReadBackAsSet() {
        var q = quantity(unit: 12, baseUnit: 0, host: .cell(block: 40, row: 3, column: 0), year: 2024, measure: 0)
        #expect(q.unit == 12)
        #expect(q.baseUnit == 0)
        #expect(q.host == .cell(block: 40, row: 3, column: 0))
        #expect(q.host.block == 40)
        #expect(q.year == 2024)
        #expect(q.label.measure == 0)
        #expect(q.decimals == 2)
        #expect(q.approximation == .odd)
        q.unit = nil
        q.baseUnit = nil
        q.year = nil
        q.label.measure = nil
        q.host = .paragraph(block: 7)
        #expect(q.unit == nil && q.baseUnit == nil && q.year == nil && q.label.measure == nil)
        #expect(q.host == .paragraph(block: 7))
        q.year = -1
        #expect(q.year == -1)
    }

    @Test func nilFieldsStayNil() {
        let q = quantity(unit: nil, baseUnit: nil, host: .paragraph(block: 0), year: nil, measure: nil)
        #expect(q.unit == nil && q.baseUnit == nil && q.year == nil && q.label.measure == nil)
        #expect(q.host == .paragraph(block: 0))
        #expect(MeasureLabel.none.measure == nil && MeasureLabel.none.range.isEmpty)
    }

    /// Equal quantities are the ones with equal public fields.
    @Test func equalityFollowsTheFields() {
        let a = quantity(unit: 1, baseUnit: 2, host: .paragraph(block: 3), year: nil, measure: 4)
        var b = a
        #expect(a == b)
        b.year = 2023
        #expect(a != b)
        b.year = nil
        b.host = .cell(block: 3, row: 0, column: 0)
        #expect(a != b)
    }

    /// The point of the narrow fields: a quantity is copied by the ten thousand.
    @Test func quantityStaysSmall() {
        #expect(MemoryLayout<Quantity>.stride <= 168)
    }
}
