/// Cleans one line with the rule table: invisible characters and HTML entities first, photo captions,
/// then the first dropping rule that matches (on the text after its indentation), or the stripping
/// rules in turn.
struct LineCleaner: Sendable {
    let rules: [CleaningRule]

    func clean(_ line: SourceLine) -> CleanedLine {
        var text = line.text
        guard !text.isEmpty else { return .blank(number: line.number) }
        if let visible = InvisibleCharacters.removing(from: text) {
            text = TrailingSpace.trimmed(visible)
            guard !text.isEmpty else { return .glue }
        }
        if text.utf8.contains(0x26) {
            text = TrailingSpace.trimmed(HTMLEntities.decode(text))
            guard !text.isEmpty else { return .blank(number: line.number) }
        }
        let indent = Indentation.prefix(of: text)
        var body = String(text[indent.endIndex...])
        guard !body.isEmpty else { return .blank(number: line.number) }
        if let uncaptioned = PhotoCaptions.removing(from: body) {
            body = TrailingSpace.trimmed(uncaptioned)
            if body.isEmpty { return .removed }
        }
        for rule in rules where rule.applies(to: body) {
            switch rule.action {
            case .dropLine:
                if rule.matchesWhole(body) { return .removed }
            case .dropRest:
                if rule.matchesWhole(body) { return .cut }
            case .stripPrefix, .strip:
                guard let stripped = rule.stripping(body) else { continue }
                body = TrailingSpace.trimmed(stripped)
                if body.isEmpty { return .removed }
            }
        }
        // `Substring + String` would count the characters of both to reserve room.
        return .text(SourceLine(number: line.number, text: indent.isEmpty ? body : String(indent) + body))
    }
}
