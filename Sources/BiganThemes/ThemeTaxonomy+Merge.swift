import BiganText

extension ThemeTaxonomy {
    /// Adds, overrides or removes one theme as a file entry says.
    mutating func merge(_ entry: ThemeFileEntry, file: String) throws {
        guard let index = themes.firstIndex(where: { $0.name == entry.name }) else {
            if entry.disabled { return }
            let theme = Theme(
                name: entry.name, description: entry.description ?? "",
                cues: Self.merged([], with: entry.cues ?? []), ignore: entry.ignore ?? [])
            guard theme.cues.contains(where: { $0.weight > 0 }) else {
                throw BiganError(
                    file: file, line: entry.line, "theme “\(entry.name)” is new but has no cues with a positive weight")
            }
            themes.append(theme)
            return
        }
        if entry.disabled {
            themes.remove(at: index)
            return
        }
        var theme = themes[index]
        if let description = entry.description { theme.description = description }
        if entry.replace {
            theme.cues = Self.merged([], with: entry.cues ?? [])
            theme.ignore = entry.ignore ?? []
        } else {
            theme.cues = Self.merged(theme.cues, with: entry.cues ?? [])
            theme.ignore += (entry.ignore ?? []).filter { !theme.ignore.contains($0) }
        }
        guard theme.cues.contains(where: { $0.weight > 0 }) else {
            throw BiganError(
                file: file, line: entry.line, "theme “\(entry.name)” is left without cues with a positive weight")
        }
        themes[index] = theme
    }

    /// Cues with overrides applied by phrase: a new weight replaces the old, weight 0 removes the cue.
    static func merged(_ cues: [ThemeCue], with overrides: [ThemeCue]) -> [ThemeCue] {
        var result = cues
        for cue in overrides {
            if let index = result.firstIndex(where: { $0.phrase == cue.phrase }) {
                result[index].weight = cue.weight
            } else {
                result.append(cue)
            }
        }
        return result.filter { $0.weight != 0 }
    }
}
