/// Escaping for XML attribute values and text, and removal of characters XML 1.0 cannot carry.
enum XMLText {
    static func escape(_ text: String) -> String {
        var out = String.UnicodeScalarView()
        for s in text.unicodeScalars {
            switch s {
            case "&": out.append(contentsOf: "&amp;".unicodeScalars)
            case "<": out.append(contentsOf: "&lt;".unicodeScalars)
            case ">": out.append(contentsOf: "&gt;".unicodeScalars)
            case "\"": out.append(contentsOf: "&quot;".unicodeScalars)
            case "'": out.append(contentsOf: "&apos;".unicodeScalars)
            case "\n": out.append(contentsOf: "&#10;".unicodeScalars)
            case "\t": out.append(contentsOf: "&#9;".unicodeScalars)
            default:
                // XML 1.0 forbids most C0 controls and the non-characters FFFE/FFFF.
                if s.value < 0x20 || s.value == 0xFFFE || s.value == 0xFFFF { continue }
                out.append(s)
            }
        }
        return String(out)
    }
}
