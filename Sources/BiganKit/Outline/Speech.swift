/// One speech of a source file; a compilation holds several.
public struct Speech: Codable, Sendable, Equatable {
    public var title: String?
    public var blocks: [Block]

    public init(title: String?, blocks: [Block]) {
        self.title = title
        self.blocks = blocks
    }
}
