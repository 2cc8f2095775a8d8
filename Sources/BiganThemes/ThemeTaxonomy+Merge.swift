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
                    file: file, line: entry.line, "主题“\(entry.name)”是新加的，却没有权重为正的提示词")
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
                file: file, line: entry.line, "主题“\(entry.name)”没有剩下权重为正的提示词")
        }
        themes[index] = theme
    }

    /// A warning when an entry of a file laid over others names no theme yet although it reads as
    /// a change to one (it disables or replaces, or brings no description): likely a typo.
    func unknownNameWarning(_ entry: ThemeFileEntry, file: String) -> BiganError? {
        guard theme(named: entry.name) == nil else { return nil }
        let close = NameSuggestion(names: themes.map(\.name)).suggestions(for: entry.name)
        guard entry.disabled || entry.replace || entry.description == nil || !close.isEmpty else { return nil }
        let hint = close.isEmpty ? "" : "是不是要写：" + close.joined(separator: "、") + "？"
        let effect = entry.disabled ? "这一条没有起作用" : "这一条加了一个新主题，没有改动已有的主题"
        return BiganError(file: file, line: entry.line, "没有名为“\(entry.name)”的主题，\(effect)。\(hint)")
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
