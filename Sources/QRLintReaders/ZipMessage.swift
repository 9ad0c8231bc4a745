/// What a broken or hostile `.docx` archive tells the user. Each names the file, and the entry when there
/// is one, and says what to do when the user can do something.
enum ZipMessage {
    static func notZip(_ path: String) -> String {
        "\(path)：不是有效的 .docx 文件（不是 ZIP 压缩包）；请在 Word 或 WPS 中另存为 .docx 后再检查"
    }

    static func compoundFile(_ path: String) -> String {
        "\(path)：这是旧版 Word（.doc）文件或加了密码的文档；请去掉密码并另存为 .docx 后再检查"
    }

    static func truncated(_ path: String) -> String {
        "\(path)：.docx 文件不完整（找不到 ZIP 目录，可能在下载或复制时被截断）"
    }

    static func zip64(_ path: String) -> String {
        "\(path)：不支持 ZIP64 格式的 .docx；请在 Word 或 WPS 中重新另存为 .docx"
    }

    static func multiDisk(_ path: String) -> String {
        "\(path)：不支持分卷压缩的 .docx"
    }

    static func tooManyEntries(_ path: String, _ count: Int, _ limit: Int) -> String {
        "\(path)：压缩包内有 \(count) 个文件，超过上限 \(limit) 个，不像是 Word 文档"
    }

    static func badDirectory(_ path: String, _ offset: Int) -> String {
        "\(path)：ZIP 目录已损坏（字节偏移 \(offset)）"
    }

    static func badEntry(_ path: String, _ name: String) -> String {
        "\(path)：压缩包中的“\(name)”已损坏或不完整"
    }

    static func encrypted(_ path: String, _ name: String) -> String {
        "\(path)：压缩包中的“\(name)”已加密，无法读取；请去掉密码后再检查"
    }

    static func unsupportedMethod(_ path: String, _ name: String, _ method: Int) -> String {
        "\(path)：压缩包中的“\(name)”使用了不支持的压缩方式（\(method)）；请在 Word 或 WPS 中重新另存为 .docx"
    }

    static func tooLarge(_ path: String, _ name: String, _ size: Int, _ limit: Int) -> String {
        "\(path)：压缩包中的“\(name)”解压后有 \(size) 字节，超过上限 \(limit) 字节"
    }

    static func totalTooLarge(_ path: String, _ limit: Int) -> String {
        "\(path)：解压内容合计超过上限 \(limit) 字节"
    }

    static func ratio(_ path: String, _ name: String, _ ratio: Int, _ limit: Int) -> String {
        "\(path)：压缩包中的“\(name)”压缩比为 \(ratio):1，超过上限 \(limit):1（疑似压缩炸弹）"
    }

    static func corrupt(_ path: String, _ name: String) -> String {
        "\(path)：压缩包中的“\(name)”压缩数据已损坏"
    }

    static func sizeMismatch(_ path: String, _ name: String) -> String {
        "\(path)：压缩包中的“\(name)”解压后的大小与目录记录不符，文件已损坏"
    }

    static func crc(_ path: String, _ name: String) -> String {
        "\(path)：压缩包中的“\(name)”校验失败（CRC-32 不符），文件已损坏"
    }
}
