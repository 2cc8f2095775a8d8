/// One speech of a source file; a compilation holds several.
public struct Speech: Codable, Sendable, Equatable {
    public var title: String?
    public var blocks: [Block]

    public init(title: String?, blocks: [Block]) {
        self.title = title
        self.blocks = blocks
    }

    enum CodingKeys: String, CodingKey { case title, blocks }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(title, forKey: .title)  // null when the speech has no title line
        try container.encode(blocks, forKey: .blocks)
    }
}
