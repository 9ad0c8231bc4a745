import QRLintCore
import QRLintReaders

/// Reads `text` with the plain-text reader and returns the dump, for comparing with expected lines.
func plainTextDump(_ text: String) -> String {
    PlainTextReader.read(SourceText(path: "test.txt", text: text)).dump()
}

func plainTextBlocks(_ text: String) -> (SourceText, [Block]) {
    let source = SourceText(path: "test.txt", text: text)
    return (source, PlainTextReader.read(source).blocks)
}
