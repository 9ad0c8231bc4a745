@testable import QRLintOutput
import Testing

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

    @Test func reservedRoomCountsOnlyWhatIsCommitted() {
        let buffer = ByteBuffer(capacity: 4)
        let room = buffer.reserve(100)
        room[0] = 7
        room[1] = 8
        buffer.commit(2)
        buffer.append(9)
        #expect(buffer.bytes == [7, 8, 9])
    }
}
