/// The slots template and role text may hold, e.g. {会议名称}; anything else in braces is an error.
public enum Slot {
    /// Every slot name a template or role may use.
    public static let known: Set<String> = [
        "会议名称", "单位", "年份", "上年", "下年", "地区", "地区简称", "职务", "姓名", "月", "日",
        "代表机构", "自称", "范围", "听众", "领导机关", "要点数", "结束语", "标签", "再",
    ]

    /// Slots the writer fills by hand; they stay in the draft as marked placeholders.
    public static let writerFilled: Set<String> = ["姓名", "月", "日"]

    /// The slot names used in `text`, in order; an unclosed or empty brace is reported as "" .
    public static func names(in text: String) -> [String] {
        var names: [String] = []
        var current: String?
        for character in text {
            switch (character, current) {
            case ("{", nil): current = ""
            case ("{", _): return names + [""]
            case ("}", let name?):
                names.append(name)
                current = nil
            case ("}", nil): return names + [""]
            case (_, let name?): current = name + String(character)
            default: break
            }
        }
        return current == nil ? names : names + [""]
    }

    /// Every {placeholder} left in `text`, in order of first appearance.
    public static func placeholders(in text: String) -> [String] {
        var seen: Set<String> = []
        return names(in: text).filter { !$0.isEmpty && $0.count <= 12 && seen.insert($0).inserted }.map { "{\($0)}" }
    }
}

/// Values for slots; slots without a value stay in the text as placeholders.
public struct SlotValues: Sendable, Equatable {
    public var values: [String: String]

    public init(_ values: [String: String] = [:]) {
        self.values = values
    }

    public subscript(name: String) -> String? {
        get { values[name] }
        set { values[name] = newValue }
    }

    /// `text` with every slot that has a value filled in; values may hold slots themselves (one level).
    public func fill(_ text: String) -> String {
        fillOnce(fillOnce(text))
    }

    private func fillOnce(_ text: String) -> String {
        guard text.contains("{") else { return text }
        var out = ""
        var name: String?
        for character in text {
            switch (character, name) {
            case ("{", nil): name = ""
            case ("}", let current?):
                out += values[current] ?? "{\(current)}"
                name = nil
            case (_, let current?): name = current + String(character)
            default: out.append(character)
            }
        }
        if let name { out += "{" + name }
        return out
    }
}
