import QRLintCore

/// The usage errors the argument parser raises, one constructor per mistake, so every message has one style:
/// a Chinese sentence naming the option as the user spelled it, no trailing 。.
enum UsageMessage {
    static func unknownOption(_ spelled: String, suggestion: String?, programName: String) -> QRLintError {
        var message = "未知选项 \(spelled)（可用 \(programName) --help 查看全部选项）"
        if let suggestion {
            message += "。你是不是想用 --\(suggestion)？"
        }
        return QRLintError(.usage, message)
    }

    /// `nextLooksLikeOption` is set when a value was present but began with `-`: say how to pass such a value.
    static func missingValue(_ spelled: String, valueName: String, nextLooksLikeOption: Bool) -> QRLintError {
        var message = "选项 \(spelled) 缺少值 \(valueName)"
        if nextLooksLikeOption {
            message += "（值以 - 开头时请写成 \(spelled)=值）"
        }
        return QRLintError(.usage, message)
    }

    static func emptyValue(_ spelled: String, valueName: String) -> QRLintError {
        QRLintError(.usage, "选项 \(spelled) 的值 \(valueName) 不能为空")
    }

    static func valueNotAllowed(_ spelled: String, value: String, allowed: [String]) -> QRLintError {
        var message = "选项 \(spelled) 不支持值 \(value)，可用的值：\(allowed.joined(separator: "、"))"
        if let suggestion = Suggestion.closest(to: value.lowercased(), among: allowed) {
            message += "。你是不是想用 \(suggestion)？"
        }
        return QRLintError(.usage, message)
    }

    static func flagWithValue(_ spelled: String, value: String) -> QRLintError {
        QRLintError(.usage, "选项 \(spelled) 是开关，不接受值（收到 \(spelled)=\(value)）")
    }
}
