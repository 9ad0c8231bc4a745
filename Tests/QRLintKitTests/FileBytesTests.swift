import Foundation
import Testing

@testable import QRLintKit

/// `FileBytes` reads a file straight into `[UInt8]`; it must give exactly what `FileManager` gives.
struct FileBytesTests {
    private func temporaryFile(_ bytes: [UInt8]) throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("qrlint-bytes-\(UUID().uuidString)")
        try Data(bytes).write(to: url)
        return url
    }

    @Test(arguments: [0, 1, 4095, 65_536, 200_003])
    func readsEveryByte(size: Int) throws {
        var generator = SystemRandomNumberGenerator()
        let bytes = (0..<size).map { _ in UInt8.random(in: 0...255, using: &generator) }
        let url = try temporaryFile(bytes)
        defer { try? FileManager.default.removeItem(at: url) }
        #expect(FileBytes.contents(atPath: url.path) == bytes)
    }

    @Test func readsFilesWhoseSizeStatDoesNotKnow() throws {
        // /proc files report size 0 and are read in chunks until they end.
        guard FileManager.default.fileExists(atPath: "/proc/self/status") else { return }
        let bytes = try #require(FileBytes.contents(atPath: "/proc/self/status"))
        #expect(String(decoding: bytes, as: UTF8.self).contains("Name:"))
    }

    @Test func missingFilesAndFoldersGiveNil() {
        #expect(FileBytes.contents(atPath: "/nonexistent/qrlint/file.txt") == nil)
        #expect(FileBytes.contents(atPath: FileManager.default.temporaryDirectory.path) == nil)
    }
}
