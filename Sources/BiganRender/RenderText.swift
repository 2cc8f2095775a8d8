import Foundation

/// Text handling shared by the Markdown and .docx renderers.
enum RenderText {
    /// The non-empty, trimmed lines of a block's text; each becomes its own paragraph.
    static func lines(of text: String) -> [String] {
        text.split(whereSeparator: \.isNewline)
            .map { $0.trimmingCharacters(in: .whitespaces) }
            .filter { !$0.isEmpty }
    }
}
