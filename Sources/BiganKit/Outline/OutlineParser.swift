/// Recovers speeches, paragraphs, headings and parts from cleaned source lines.
public struct OutlineParser: Sendable {
    public init() {}

    public func parse(_ lines: [SourceLine]) -> (speeches: [Speech], diagnostics: [Diagnostic]) {
        let blocks = lines.filter { !$0.text.isEmpty }.map {
            Block(type: .paragraph, text: $0.text, part: .body, line: $0.number)
        }
        return ([Speech(title: nil, blocks: blocks)], [])
    }
}
