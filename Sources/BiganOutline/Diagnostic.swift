/// A problem the reader recovered from, with the line it was found at.
public struct Diagnostic: Codable, Sendable, Equatable, CustomStringConvertible {
    public var line: Int
    public var message: String

    public init(line: Int, message: String) {
        self.line = line
        self.message = message
    }

    public var description: String { "\(line): 警告：\(message)" }
}
