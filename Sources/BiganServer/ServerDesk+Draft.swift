import BiganCompose
import BiganRender
import Foundation

/// Composing and rendering drafts.
extension ServerDesk {
    func compose(_ payload: DraftPayload) async throws -> Draft {
        let thisYear = Calendar(identifier: .gregorian).component(.year, from: Date())
        return try await composer.compose(try payload.request(templates: templates, thisYear: thisYear))
    }

    /// The draft as a file: .docx bytes or Markdown, exactly as sent.
    func render(_ draft: Draft, format: String) throws -> (data: Data, contentType: String, name: String) {
        let name = Self.fileName(draft.title)
        switch format {
        case "docx":
            return (
                try DocxWriter().data(for: draft),
                "application/vnd.openxmlformats-officedocument.wordprocessingml.document", name + ".docx"
            )
        case "md":
            return (Data(MarkdownRenderer().render(draft).utf8), "text/markdown; charset=utf-8", name + ".md")
        default:
            throw ServerError.badRequest("不支持的格式“\(format)”：可用 docx 或 md")
        }
    }

    /// A file name from the title: characters Windows refuses dropped, at most 40 characters.
    static func fileName(_ title: String) -> String {
        let cleaned = String(title.filter { !"\\/:*?\"<>|{}\n\r\t".contains($0) }.prefix(40))
            .trimmingCharacters(in: .whitespaces)
        return cleaned.isEmpty ? "讲话稿" : cleaned
    }
}
