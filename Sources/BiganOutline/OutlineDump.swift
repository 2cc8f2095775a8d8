/// A stable, indented text dump of a parsed document: the human output of `bigan parse`
/// and the form the tests compare with committed expectations.
public struct OutlineDump: Sendable {
    let document: ParsedDocument

    public init(_ document: ParsedDocument) {
        self.document = document
    }

    public func render() -> String {
        var out = "\(document.file) (\(document.encoding.rawValue))\n"
        for (index, speech) in document.speeches.enumerated() {
            out += "\n# 讲话 \(index + 1): \(speech.title ?? "（无标题）")\n"
            for block in speech.blocks {
                out += line(for: block) + "\n"
            }
        }
        for diagnostic in document.diagnostics {
            out += "\(document.file):\(diagnostic.line): 警告：\(diagnostic.message)\n"
        }
        return out
    }

    func line(for block: Block) -> String {
        let place = "[\(block.part.displayName) 第\(block.line)行]"
        switch block.type {
        case .salutation:
            return "\(place) 称呼 \(block.text)"
        case .heading:
            let level = block.level ?? 1
            return String(repeating: "  ", count: level - 1) + "\(place) H\(level) \(block.text)"
        case .paragraph:
            return "\(place) ¶ \(block.text)"
        }
    }
}
