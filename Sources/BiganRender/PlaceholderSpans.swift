/// Cuts text at placeholders such as {姓名} so a renderer can mark what the writer still has to fill.
enum PlaceholderSpans {
    struct Span: Sendable, Equatable {
        var text: String
        var isPlaceholder: Bool
    }

    /// The text as alternating plain and placeholder spans, in order; one span when there is none.
    static func split(_ text: String) -> [Span] {
        var spans: [Span] = []
        var plainStart = text.startIndex
        var cursor = text.startIndex
        while let open = text[cursor...].firstIndex(of: "{") {
            let inner = text.index(after: open)
            guard let close = text[inner...].firstIndex(where: { "{}\n".contains($0) }), text[close] == "}",
                close > inner
            else {
                cursor = inner
                continue
            }
            if open > plainStart { spans.append(Span(text: String(text[plainStart..<open]), isPlaceholder: false)) }
            spans.append(Span(text: String(text[open...close]), isPlaceholder: true))
            cursor = text.index(after: close)
            plainStart = cursor
        }
        if plainStart < text.endIndex || spans.isEmpty {
            spans.append(Span(text: String(text[plainStart...]), isPlaceholder: false))
        }
        return spans
    }
}
