import Foundation
import QRLintCore
import QRLintRules
import Testing

/// `PackDecoder` used to be Foundation's `JSONDecoder`; our own reader must give the same values. Pack records
/// read their fields from a JSON tree either way (Foundation's decoder is read into one first), so on the
/// packs this compares the two parsers; the scalar tests below compare the conversions. The pack types are not
/// `Equatable`, so both results are compared as a canonical dump of every stored property (derived ones such
/// as normalised titles included), with dictionary and set entries sorted.
struct PackDecoderEquivalenceTests {
    static let embeddedPaths = RulePacks.embeddedFiles.keys.sorted()

    @Test(arguments: embeddedPaths)
    func embeddedPackDecodesAsWithFoundation(path: String) throws {
        let contents = try #require(RulePacks.embeddedFiles[path])
        let folder = (path as NSString).deletingLastPathComponent
        let kind = try #require(RulePackKinds.all.first { $0.folder == folder })
        let (ours, foundation) = try Self.decodeBoth(kind, path: path, contents: contents)
        #expect(ours == foundation)
        // A dump that lost the values would compare equal too: it must carry the pack's strings.
        let id = try #require(contents.split(separator: "\"").dropFirst(3).first)
        #expect(ours.contains("\"\(id)\""), "\(path)：比较内容中没有 id")
        #expect(ours.count > contents.count / 4, "\(path)：比较内容过短")
    }

    /// Foundation's `JSONDecoder` (which `PackDecoder` used) is the reference for what is JSON and what it
    /// means (it accepts one trailing comma, so do we); the one deliberate difference is that duplicate keys are
    /// an error here.
    @Test(arguments: [
        "{}", "[]", "0", "-0", "1.5e3", "-1E-2", "\"\"", "true", "null", " [ 1 , { \"a\" : [ ] } ] ",
        #""\ud83d\ude00""#, #""\u0000""#, #"{"a":{"b":{"c":[null,false]}}}"#,
        "123456789012345678901234567890",
        #"{"b": 1, "a": [2, "x", {"c": true}], "中": "文"}"#, "\u{FEFF}{}",
        "01", "1.", ".1", "+1", "1e", "-", "--1", "NaN", "Infinity", "[1,]", "{\"a\":1,}", "[,]", "{,}",
        "[1,,]", "{\"a\":1,,}", "{'a':1}", "{a:1}",
        "[1 2]", "\"a\tb\"", "\"\\x\"", "\"\\u12\"", "tru", "nul", "[", "{", "\"abc", "1 2", "", " ",
        "[\"\\ud800\"]", "[\"\\udc00\"]", "/* c */ 1", "\u{3000}1", "0x1",
    ])
    func acceptsWhatFoundationAccepts(text: String) {
        let foundation = try? JSONDecoder().decode(AnyJSON.self, from: Data(text.utf8))
        let ours = try? JSONValueDecoder.decode(AnyJSON.self, from: JSONValueParser.parse(text))
        #expect(
            ours == foundation,
            "\(text.debugDescription)：Foundation \(String(describing: foundation))，我们 \(String(describing: ours))"
        )
    }

    /// Each literal alone in an array, decoded as every scalar type: the same value or both an error.
    @Test(arguments: [
        "0", "-0", "1", "-17", "255", "256", "-1", "9007199254740993", "1.0", "1e2", "1.5", "-2.5e-3",
        "0.1",
        "3.4028235e38", "3.5e38", "1e308", "1e400", "9223372036854775807", "9223372036854775808",
        "-9223372036854775808", "123456789012345678901234567890", "5e-324", "1e-400",
        #""a""#, #""\u00e9\ud83d\ude00\n\t\"\\\/""#, #""中文""#, #""""#, #""1""#, "true", "false", "null",
    ])
    func scalarsDecodeAsWithFoundation(literal: String) {
        let text = "[\(literal)]"
        #expect(Self.both([Int?].self, text))
        #expect(Self.both([Int8?].self, text))
        #expect(Self.both([UInt8?].self, text))
        #expect(Self.both([UInt64?].self, text))
        #expect(Self.both([Double?].self, text))
        #expect(Self.both([Float?].self, text))
        #expect(Self.both([String?].self, text))
        #expect(Self.both([Bool?].self, text))
    }

    /// Whether both decoders agree on `text` as `T`: equal values, or both fail.
    private static func both<T: Decodable & Equatable>(_ type: T.Type, _ text: String) -> Bool {
        let foundation = try? JSONDecoder().decode(type, from: Data(text.utf8))
        let ours = try? JSONValueDecoder.decode(type, from: JSONValueParser.parse(text))
        if foundation != ours {
            Issue.record(
                "\(T.self) \(text)：Foundation \(String(describing: foundation))，我们 \(String(describing: ours))"
            )
        }
        return foundation == ours
    }

    private static func decodeBoth<T: RulePackFile>(_ kind: T.Type, path: String, contents: String)
        throws
        -> (String, String)
    {
        let ours = try PackDecoder.decode(kind, path: path, contents: contents)
        let foundation = try JSONDecoder().decode(kind, from: Data(contents.utf8))
        return (CanonicalDump.of(ours), CanonicalDump.of(foundation))
    }
}

/// Any JSON value, read through a decoder's single-value container (so both decoders are driven the same way).
indirect enum AnyJSON: Decodable, Equatable {
    case null
    case bool(Bool)
    case number(Double)
    case string(String)
    case array([AnyJSON])
    case object([String: AnyJSON])

    init(from decoder: Decoder) throws {
        let c = try decoder.singleValueContainer()
        if c.decodeNil() {
            self = .null
        } else if let value = try? c.decode(Bool.self) {
            self = .bool(value)
        } else if let value = try? c.decode(Double.self) {
            self = .number(value)
        } else if let value = try? c.decode(String.self) {
            self = .string(value)
        } else if let value = try? c.decode([AnyJSON].self) {
            self = .array(value)
        } else {
            self = .object(try c.decode([String: AnyJSON].self))
        }
    }
}

/// Every stored property of a value, recursively, in a stable order.
enum CanonicalDump {
    static func of(_ value: Any) -> String {
        let mirror = Mirror(reflecting: value)
        switch mirror.displayStyle {
        case .optional:
            return mirror.children.first.map { "some(" + of($0.value) + ")" } ?? "nil"
        case .dictionary, .set:
            return "[" + mirror.children.map { of($0.value) }.sorted().joined(separator: ", ") + "]"
        case .enum:
            // A case without payload has no children; one with a payload has one, labelled with the case.
            return mirror.children.isEmpty
                ? "\(mirror.subjectType).\(value)" : "\(mirror.subjectType)." + fields(mirror)
        case .struct, .class, .tuple, .collection:
            return "\(mirror.subjectType)(" + fields(mirror) + ")"
        default:
            return String(reflecting: value)
        }
    }

    private static func fields(_ mirror: Mirror) -> String {
        mirror.children.map { ($0.label.map { $0 + ": " } ?? "") + of($0.value) }.joined(
            separator: ", ")
    }
}
