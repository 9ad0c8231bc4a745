import QRLintCore

/// Decodes one pack (or config) file and turns failures into `file:line:col: key path：message`, the
/// position taken from the parsed tree: a syntax error where it is, a bad value at its key.
public enum PackDecoder {
    public static func decode<T: Decodable>(_ type: T.Type, path: String, contents: String)
        throws(QRLintError) -> T
    {
        let root: JSONNode
        do {
            root = try JSONValueParser.parse(contents)
        } catch {
            let at = JSONSourcePosition.of(byteOffset: error.offset, in: contents)
            throw QRLintError(.rulePack, "\(path):\(at.line):\(at.column): 不是合法的 JSON：\(error.message)")
        }
        do {
            return try JSONValueDecoder.decode(type, from: root)
        } catch let error as DecodingError {
            throw QRLintError(.rulePack, describe(error, path: path, root: root, contents: contents))
        } catch {
            throw QRLintError(.rulePack, "\(path)：\(error)")
        }
    }

    private static func describe(
        _ error: DecodingError, path: String, root: JSONNode, contents: String
    ) -> String {
        let (codingPath, detail): ([CodingKey], String) =
            switch error {
            case .dataCorrupted(let c): (c.codingPath, c.debugDescription)
            case .keyNotFound(let key, let c): (c.codingPath + [key], "缺少必需的键“\(key.stringValue)”")
            case .typeMismatch(_, let c): (c.codingPath, "类型不对：\(c.debugDescription)")
            case .valueNotFound(_, let c): (c.codingPath, "缺少值：\(c.debugDescription)")
            @unknown default: ([], "\(error)")
            }
        let at = JSONSourcePosition.of(byteOffset: root.offset(of: codingPath), in: contents)
        return "\(path):\(at.line):\(at.column): \(render(codingPath))：\(detail)"
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

    /// Where a coding path points in a file that decoded (for checks made after decoding, like a config's
    /// rule ids): the key's position, or the deepest value the path reaches.
    public static func locate(_ codingPath: [CodingKey], in contents: String) -> SourcePosition {
        guard let root = try? JSONValueParser.parse(contents) else {
            return SourcePosition(line: 1, column: 1)
        }
        return JSONSourcePosition.of(byteOffset: root.offset(of: codingPath), in: contents)
    }
}
