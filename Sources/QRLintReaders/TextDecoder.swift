import Foundation
import QRLintCore

/// Bytes → `SourceText`: UTF-8 (with or without BOM), UTF-16 with BOM, GB18030/GBK.
///
/// The encoding is read from the bytes, never from the file name. Carriage returns are kept: `SourceText`
/// treats CRLF as one line break, and positions must match what an editor shows.
public enum TextDecoder {
    /// GB18030 (a superset of GBK and GB2312). Linux Foundation does not expose the CoreFoundation
    /// constant, but accepts its raw value.
    private static let gb18030 = String.Encoding(rawValue: 0x8000_0632)

    public static func decode(_ bytes: [UInt8], path: String) throws(QRLintError) -> SourceText {
        let (scalars, lineStarts) = try bytes.withUnsafeBufferPointer {
            (buffer) throws(QRLintError) -> ([Unicode.Scalar], [Int]?) in
            try decodeScalars(buffer, path: path)
        }
        guard let lineStarts else { return SourceText(path: path, scalars: scalars) }
        return SourceText(path: path, scalars: scalars, lineStarts: lineStarts)
    }

    /// The scalars, and their line starts when the UTF-8 decoder noted them (nil: `SourceText` finds them).
    private static func decodeScalars(
        _ bytes: UnsafeBufferPointer<UInt8>, path: String
    ) throws(QRLintError) -> ([Unicode.Scalar], [Int]?) {
        if bytes.count >= 2, bytes[0] == 0xFF, bytes[1] == 0xFE {
            return (try utf16(bytes, path: path, bigEndian: false), nil)
        }
        if bytes.count >= 2, bytes[0] == 0xFE, bytes[1] == 0xFF {
            return (try utf16(bytes, path: path, bigEndian: true), nil)
        }
        let hasBOM = bytes.count >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF
        let start = hasBOM ? 3 : 0
        // The binary check comes first, but it needs to read the bytes only when decoding saw a control
        // character or stopped early: valid UTF-8 without one is text.
        let (outcome, sawControl, lineStarts) = DecodingUTF8.decodeNotingControls(bytes, from: start)
        var isPlainText = !sawControl
        if case .invalid = outcome { isPlainText = false }
        if !isPlainText, let offset = DecodingBinaryCheck.firstBinaryOffset(bytes, from: start) {
            throw QRLintError(.input, Message.binary(path, offset))
        }
        switch outcome {
        case .scalars(let scalars):
            return (scalars, lineStarts)
        case .invalid(let offset):
            // A file with a UTF-8 BOM claims to be UTF-8: do not second-guess it.
            if !hasBOM, let scalars = gb18030Scalars(bytes) { return (scalars, nil) }
            throw QRLintError(.input, Message.invalidUTF8(path, offset))
        }
    }

    private static func utf16(
        _ bytes: UnsafeBufferPointer<UInt8>, path: String, bigEndian: Bool
    ) throws(QRLintError) -> [Unicode.Scalar] {
        switch DecodingUTF16.decode(bytes, from: 2, bigEndian: bigEndian) {
        case .scalars(let scalars):
            if let offset = DecodingBinaryCheck.firstBinaryOffset(scalars, utf16From: 2) {
                throw QRLintError(.input, Message.binary(path, offset))
            }
            return scalars
        case .invalid(let offset):
            throw QRLintError(.input, Message.invalidUTF16(path, offset))
        }
    }

    private static func gb18030Scalars(_ bytes: UnsafeBufferPointer<UInt8>) -> [Unicode.Scalar]? {
        guard let text = String(data: Data(buffer: bytes), encoding: gb18030) else { return nil }
        var scalars = Array(text.unicodeScalars)
        // GB18030 has its own byte-order mark (84 31 95 33), which decodes to U+FEFF.
        if scalars.first == "\u{FEFF}" { scalars.removeFirst() }
        return scalars
    }

    private enum Message {
        static func binary(_ path: String, _ offset: Int) -> String {
            "\(path)：字节偏移 \(offset) 处不是文本（看起来是二进制文件）"
        }

        static func invalidUTF8(_ path: String, _ offset: Int) -> String {
            "\(path)：字节偏移 \(offset) 处不是有效的 UTF-8，按 GB18030 也无法解码；请将文件另存为 UTF-8 编码后再检查"
        }

        static func invalidUTF16(_ path: String, _ offset: Int) -> String {
            "\(path)：字节偏移 \(offset) 处不是有效的 UTF-16（孤立的代理项或多出一个字节）"
        }
    }
}
