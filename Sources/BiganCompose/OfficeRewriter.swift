import BiganText
import BiganThemes
import Foundation

/// Replaces offices that belong to the source speech: another place's department (黑龙江省建设厅)
/// becomes `--org` or {单位}; the speaker's own office words (我厅, 厅党组, 全厅) take the role's voice.
///
/// Conservative on purpose: a department name without a place in front (省建设厅, 市政府办公室) is
/// generic and stays, and another place's government (平凉市人民政府) is left to `PlaceRewriter`.
public struct OfficeRewriter: Sendable {
    let index: PlaceIndex
    let rules: RewriteRules
    let places: PlaceRewriter
    let org: String?
    let role: SpeakerRole

    public init(index: PlaceIndex, rules: RewriteRules, places: PlaceRewriter, org: String?, role: SpeakerRole) {
        self.index = index
        self.rules = rules
        self.places = places
        self.org = org
        self.role = role
    }

    public func rewrite(_ text: String) -> String {
        var out = rewriteDepartments(text)
        for word in rules.offices.selfWords { out = out.replacingAll(word, with: role.selfReference) }
        for word in rules.offices.scopeWords { out = out.replacingAll(word, with: role.scope) }
        for word in rules.offices.partyGroups where word != role.speaksFor {
            out = out.replacingAll(word, with: role.speaksFor)
        }
        return out
    }

    func rewriteDepartments(_ text: String) -> String {
        let characters = Array(text)
        var out = ""
        var cursor = 0
        for match in index.matches(in: characters, rules: places.rules) where match.start >= cursor {
            guard places.replacement(for: match) != nil, let end = departmentEnd(in: characters, from: match.end) else {
                continue
            }
            out += String(characters[cursor..<match.start]) + (org ?? "{单位}")
            cursor = end
        }
        return out + String(characters[cursor...])
    }

    /// Where a department name (建设 + 厅) that starts at `start` ends, if one does.
    func departmentEnd(in characters: [Character], from start: Int) -> Int? {
        let rest = String(characters[start..<min(characters.count, start + 16)])
        for department in rules.offices.departments where rest.hasPrefix(department) {
            let after = rest.dropFirst(department.count)
            if let suffix = rules.offices.suffixes.first(where: { after.hasPrefix($0) }) {
                return start + department.count + suffix.count
            }
        }
        return nil
    }
}

extension String {
    func replacingAll(_ target: String, with replacement: String) -> String {
        guard !target.isEmpty, utf8Contains(target) else { return self }
        return components(separatedBy: target).joined(separator: replacement)
    }
}
