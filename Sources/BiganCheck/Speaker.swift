import BiganThemes

/// Who gives the speech, as far as a check needs it: the level of government and the voice the
/// speaker speaks with, and the words the speaker names the own office with.
public struct Speaker: Sendable, Equatable {
    /// How a speaker speaks (the voices of `Data/roles.yaml`).
    public enum Voice: String, Codable, Sendable, CaseIterable {
        /// For a government or Party committee (市长, 书记, 县长).
        case government
        /// A bureau's own voice (局长, 厅长): 我局, 局党组.
        case department
        /// An office to its own staff (秘书长, 主任): 我办.
        case office
    }

    /// The role's name (市长), as the findings name the speaker.
    public var name: String
    public var level: Scope
    public var voice: Voice
    /// The bodies the speaker may speak for or name as the own office (市政府, 局党组, 我局).
    public var ownBodies: [String]

    public init(name: String, level: Scope, voice: Voice, ownBodies: [String]) {
        self.name = name
        self.level = level
        self.voice = voice
        self.ownBodies = ownBodies
    }
}
