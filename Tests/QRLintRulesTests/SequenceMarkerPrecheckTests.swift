import Testing

@testable import QRLintRules

/// The precheck that spares `SequenceMarker` reading a unit's text passes every mark a wrong marker ends in.
struct SequenceMarkerPrecheckTests {
    private func marks(_ text: String) -> [Int] {
        let s = Array(text.unicodeScalars)
        return s.withUnsafeBufferPointer { buffer in buffer.indices.filter { SequenceMarker.mayEndMarker(buffer, $0) } }
    }

    @Test func passesTheMarksOfWrongMarkers() {
        #expect(marks("1、完善制度") == [1])
        #expect(marks("１２、完善制度") == [2])
        #expect(marks("（一）、完善制度") == [3])
        #expect(marks("(2)、完善制度") == [3])
        #expect(marks("一.完善制度") == [1])
        #expect(marks("十．完善制度") == [1])
    }

    @Test func rulesOutEnumerationCommasAndStops() {
        #expect(marks("学校、企业、政府") == [])
        #expect(marks("、开头") == [])
        #expect(marks("3.5万元") == [])
        #expect(marks("学校.企业") == [])
    }
}
