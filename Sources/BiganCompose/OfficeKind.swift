import BiganText
import Foundation

/// A kind of office and what its speeches are about (`Data/offices.yaml`): `--org` chooses the
/// subject matter of a draft's body as well as its byline.
public struct OfficeKind: Codable, Sendable, Equatable {
    public var kind: String
    /// Words an office's name holds (天水市住房和城乡建设局 holds 住房和城乡建设).
    public var names: [String]
    /// The themes its work is about, most central first.
    public var themes: [String]
    /// Words its paragraphs use, for fitting paragraphs to headings.
    public var cues: [String]

    /// The bundled kinds, then the user's `offices.yaml` (adding kinds or replacing them by name).
    public static func load(data: URL, configHome: URL?, knownThemes: Set<String>?) throws -> [OfficeKind] {
        var kinds = try read(data.appendingPathComponent("offices.yaml"), shownAs: "Data/offices.yaml")
        if let user = configHome?.appendingPathComponent("offices.yaml"),
            FileManager.default.fileExists(atPath: user.path)
        {
            for kind in try read(user, shownAs: user.path) {
                kinds.removeAll { $0.kind == kind.kind }
                kinds.append(kind)
            }
        }
        if let knownThemes {
            for kind in kinds {
                if let unknown = kind.themes.first(where: { !knownThemes.contains($0) }) {
                    throw BiganError(
                        file: "offices.yaml", "单位类别 '\(kind.kind)' 用了不存在的主题 '\(unknown)'")
                }
            }
        }
        return kinds
    }

    static func read(_ url: URL, shownAs file: String) throws -> [OfficeKind] {
        guard let text = try? String(contentsOf: url, encoding: .utf8) else {
            throw BiganError(file: file, "无法读取单位类别表（是 UTF-8 编码的文字吗？）")
        }
        return try YAMLValue.decode([OfficeKind].self, from: text, file: file)
    }

    /// The kind an office's name shows, if any: the first whose names it holds.
    public static func of(_ org: String, among kinds: [OfficeKind]) -> OfficeKind? {
        kinds.first { kind in kind.names.contains { org.utf8Contains($0) } }
    }
}
