import BiganCompose
import BiganIntake
import BiganOutline
import Foundation

/// The body of `POST /api/draft`: the `bigan draft` options, a pasted 提纲, and the blocks of the
/// draft on screen, whose `"locked": true` blocks the new draft keeps where they stand.
struct DraftPayload: Decodable, Sendable {
    var occasion: String
    var role: String
    var org: String?
    var region: String?
    var year: Int?
    var meeting: String?
    var seed: UInt64?
    /// The writer's own 提纲 as text (headings with markers, one a line).
    var outline: String?
    var blocks: [DraftBlock]?
    var excludeSources: [String]?
    var preferSources: [String]?

    static let longestOutline = 20_000

    /// The composer's request; refuses an unknown occasion or role, a year out of range or an
    /// outline without headings, in Chinese.
    func request(templates: TemplateStore, thisYear: Int) throws -> DraftRequest {
        guard (try? templates.template(for: occasion)) != nil else {
            let known = templates.templates.map(\.occasion).joined(separator: "、")
            throw ServerError.badRequest("没有“\(occasion)”这个场合；可选：\(known)")
        }
        guard (try? templates.role(named: role)) != nil else {
            let known = templates.roles.map(\.name).joined(separator: "、")
            throw ServerError.badRequest("没有“\(role)”这个讲话人身份；可选：\(known)")
        }
        let year = year ?? thisYear
        guard (1949...2100).contains(year) else { throw ServerError.badRequest("年份“\(year)”不对：须在 1949 到 2100 之间") }
        var locked: [Int: DraftBlock] = [:]
        for (index, block) in (blocks ?? []).enumerated() where block.locked { locked[index] = block }
        return DraftRequest(
            occasion: occasion, role: role, org: Self.filled(org), region: Self.filled(region), year: year,
            meeting: Self.filled(meeting), seed: seed ?? 1, outline: try writerOutline(),
            excludedSources: excludeSources ?? [], preferredSources: preferSources ?? [], locked: locked)
    }

    func writerOutline() throws -> WriterOutline? {
        guard let text = Self.filled(outline) else { return nil }
        guard text.count <= Self.longestOutline else {
            throw ServerError.badRequest("提纲太长（\(text.count) 字，最多 \(Self.longestOutline) 字）")
        }
        let document = try SpeechReader().read(SourceFile(path: "提纲", data: Data(text.utf8)))
        let outline = WriterOutline(document)
        guard !outline.headings.isEmpty else {
            throw ServerError.badRequest("提纲里没有找到标题：每行一个标题，带“一、”“（一）”之类的序号")
        }
        return outline
    }

    static func filled(_ text: String?) -> String? {
        guard let text = text?.trimmingCharacters(in: .whitespacesAndNewlines), !text.isEmpty else { return nil }
        return text
    }
}
