import QRLintCore

/// Bytes → `SourceText`: UTF-8 (with or without BOM), UTF-16 with BOM, GB18030/GBK.
public enum TextDecoder {
    public static func decode(_ bytes: [UInt8], path: String) throws(QRLintError) -> SourceText {
        // Placeholder until the decoder lands.
        SourceText(path: path, text: String(decoding: bytes, as: UTF8.self))
    }
}
