import Foundation

/// The argument parser's own sentences (help lines and parse errors), said in Chinese. Its
/// framing words (USAGE:, OPTIONS:) stay as they are.
enum ParserWords {
    /// Pattern and replacement (`$1`… name the pattern's groups), tried in order on every line.
    static let table: [(pattern: String, replacement: String)] = [
        (#"Show help information\."#, "显示帮助。"),
        (#"Show the version\."#, "显示版本号。"),
        (#"See '(.+) <subcommand>' for detailed help\."#, "用 '$1 <子命令>' 查看各个子命令的详细说明。"),
        (#"Missing expected argument '(.+)'"#, "缺少参数 '$1'"),
        (#"Unknown option '(.+)'\. Did you mean '(.+)'\?"#, "没有选项 '$1'，是不是 '$2'？"),
        (#"Unknown option '(.+)'"#, "没有选项 '$1'"),
        (#"Missing value for '(.+)'"#, "选项 '$1' 缺少取值"),
        (#"Unexpected argument '(.+)'"#, "多余的参数 '$1'（子命令见 bigan --help）"),
        (#"The value '(.*)' is invalid for '(.+)'"#, "'$2' 的取值 '$1' 无效"),
        (#"Unknown subcommand '(.+)'"#, "没有子命令 '$1'"),
        (#"See '(.+)' for more information\."#, "详见 '$1'。"),
        (#" \(default: (.*)\)"#, "（默认：$1）"),
    ]

    static let expressions: [(NSRegularExpression, String)] = table.map {
        (try! NSRegularExpression(pattern: $0.pattern), $0.replacement)
    }

    /// `text` with every sentence of the table replaced.
    static func translate(_ text: String) -> String {
        expressions.reduce(text) { text, entry in
            entry.0.stringByReplacingMatches(
                in: text, range: NSRange(text.startIndex..., in: text), withTemplate: entry.1)
        }
    }
}
