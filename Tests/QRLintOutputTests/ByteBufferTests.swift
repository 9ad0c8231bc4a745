import Testing

@testable import QRLintOutput

struct ByteBufferTests {
    @Test func piecesAndBytesComeOutInOrderAcrossGrowth() {
        let buffer = ByteBuffer(capacity: 1)
        var expected: [UInt8] = []
        for round in 0..<300 {
            let piece = (0..<(round % 37)).map { UInt8(truncatingIfNeeded: $0 &+ round) }
            piece.withUnsafeBufferPointer { buffer.append($0) }
            buffer.append(UInt8(truncatingIfNeeded: round))
            expected += piece + [UInt8(truncatingIfNeeded: round)]
        }
        buffer.append("末尾")
        expected += Array("末尾".utf8)
        #expect(buffer.count == expected.count)
        #expect(buffer.bytes == expected)
    }

    @Test func aWriteCountsOnlyWhatItWrote() {
        let buffer = ByteBuffer(capacity: 4)
        buffer.write(upTo: 100) { room in
            room[0] = 7
            room[1] = 8
            return 2
        }
        buffer.append(9)
        #expect(buffer.bytes == [7, 8, 9])
    }

    @Test func takenBytesAreTheTextAndTheBufferStartsOver() {
        let buffer = ByteBuffer(capacity: 2)
        for byte in 0..<100 as Range<UInt8> { buffer.append(byte) }
        #expect(buffer.takeBytes() == Array(0..<100))
        #expect(buffer.count == 0)
        buffer.append(1)
        #expect(buffer.bytes == [1])
    }
}
