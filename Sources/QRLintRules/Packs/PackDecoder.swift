import Foundation
import QRLintCore

/// Decodes one pack file and turns decoding failures into `file:line:col: key path: message`.
public enum PackDecoder {
    public static func decode<T: Decodable>(_ type: T.Type, path: String, contents: String) throws(QRLintError) -> T {
        do {
            return try JSONDecoder().decode(type, from: Data(contents.utf8))
        } catch let error as DecodingError {
            throw QRLintError(.rulePack, describe(error, path: path, contents: contents))
        } catch {
            throw QRLintError(.rulePack, "\(path)：规则包不是合法的 JSON（\(error.localizedDescription)）")
        }
    }

    private static func describe(_ error: DecodingError, path: String, contents: String) -> String {
        let (codingPath, detail): ([CodingKey], String) =
            switch error {
            case .dataCorrupted(let c): (c.codingPath, c.debugDescription)
            case .keyNotFound(let key, let c): (c.codingPath + [key], "缺少必需的键“\(key.stringValue)”")
            case .typeMismatch(_, let c): (c.codingPath, "类型不对：\(c.debugDescription)")
            case .valueNotFound(_, let c): (c.codingPath, "缺少值：\(c.debugDescription)")
            @unknown default: ([], "\(error)")
            }
        if codingPath.isEmpty, case .dataCorrupted = error {
            return "\(path)：规则包不是合法的 JSON（\(underlyingMessage(error) ?? detail)）"
        }
        let keyPath = render(codingPath)
        let at = locate(codingPath, in: contents)
        return "\(path):\(at.line):\(at.column): \(keyPath)：\(detail)"
    }

    private static func underlyingMessage(_ error: DecodingError) -> String? {
        if case .dataCorrupted(let c) = error, let underlying = c.underlyingError {
            return (underlying as NSError).userInfo[NSDebugDescriptionErrorKey] as? String
        }
        return nil
    }

    /// "chapters[2].sections[0].title"
    static func render(_ codingPath: [CodingKey]) -> String {
        var out = ""
        for key in codingPath {
            if let index = key.intValue {
                out += "[\(index)]"
            } else {
                out += out.isEmpty ? key.stringValue : ".\(key.stringValue)"
            }
        }
        return out.isEmpty ? "（顶层）" : out
    }

    /// Where the innermost named key of the path is written; Foundation's decoder does not say, so search
    /// for the quoted key after the positions of the keys around it.
    public static func locate(_ codingPath: [CodingKey], in contents: String) -> SourcePosition {
        let scalars = Array(contents.unicodeScalars)
        var from = 0
        for key in codingPath where key.intValue == nil {
            let needle = Array("\"\(key.stringValue)\"".unicodeScalars)
            if let at = find(needle, in: scalars, from: from) { from = at }
        }
        return SourceText(path: "", scalars: scalars).position(of: from)
    }

    private static func find(_ needle: [Unicode.Scalar], in haystack: [Unicode.Scalar], from: Int) -> Int? {
        guard !needle.isEmpty, haystack.count >= needle.count else { return nil }
        var i = from
        while i + needle.count <= haystack.count {
            if haystack[i] == needle[0], Array(haystack[i..<(i + needle.count)]) == needle { return i }
            i += 1
        }
        return nil
    }
}
