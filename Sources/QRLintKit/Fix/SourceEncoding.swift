import Foundation
import QRLintCore

/// How a text file was stored, so that `--fix` writes it back the same way: the reader decodes UTF-8 (with
/// or without a byte-order mark), UTF-16 with a mark, and GB18030; line endings stay in the scalars.
enum SourceEncoding: Equatable {
    case utf8(bom: Bool)
    case utf16LittleEndian
    case utf16BigEndian
    case gb18030

    private static let gb18030Encoding = String.Encoding(rawValue: 0x8000_0632)

    /// Mirrors the reader's detection (`TextDecoder`): marks first, then valid UTF-8, else GB18030.
    static func detect(_ bytes: [UInt8]) -> SourceEncoding {
        if bytes.starts(with: [0xFF, 0xFE]) { return .utf16LittleEndian }
        if bytes.starts(with: [0xFE, 0xFF]) { return .utf16BigEndian }
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { return .utf8(bom: true) }
        return String(validating: bytes, as: UTF8.self) != nil ? .utf8(bom: false) : .gb18030
    }

    /// The text as bytes in this encoding.
    func encode(_ text: String, path: String) throws(QRLintError) -> [UInt8] {
        switch self {
        case .utf8(let bom):
            return (bom ? [0xEF, 0xBB, 0xBF] : []) + Array(text.utf8)
        case .utf16LittleEndian:
            return [0xFF, 0xFE] + text.utf16.flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] }
        case .utf16BigEndian:
            return [0xFE, 0xFF] + text.utf16.flatMap { [UInt8($0 >> 8), UInt8($0 & 0xFF)] }
        case .gb18030:
            guard let data = text.data(using: Self.gb18030Encoding) else {
                throw QRLintError(.output, "\(path)：修复后的文字无法按原来的 GB18030 编码保存")
            }
            return [UInt8](data)
        }
    }
}
