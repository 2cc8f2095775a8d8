import Foundation

/// An error a user sees: it names the file and what is wrong with it.
public struct BiganError: Error, CustomStringConvertible, LocalizedError, Sendable, Equatable {
    /// The file the error is about, as the user named it (may be empty when no file is involved).
    public var file: String
    /// The 1-based line in that file, when the problem has one.
    public var line: Int?
    /// What is wrong, in plain words.
    public var message: String

    public init(file: String, line: Int? = nil, _ message: String) {
        self.file = file
        self.line = line
        self.message = message
    }

    /// The file, its line and the message; control characters of a file name are shown escaped.
    public var description: String {
        let file = VisibleText.escaped(file)
        switch (file.isEmpty, line) {
        case (true, _): return message
        case (false, nil): return "\(file): \(message)"
        case (false, let line?): return "\(file):\(line): \(message)"
        }
    }

    public var errorDescription: String? { description }

    static func resourcesMissing(searched: [String]) -> BiganError {
        BiganError(
            file: "",
            "找不到自带的 Templates/Snippets/Data 文件夹；请把环境变量 BIGAN_RESOURCES 设为存放它们的文件夹（已找过：\(searched.joined(separator: "、"))）"
        )
    }
}
