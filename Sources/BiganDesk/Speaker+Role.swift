import BiganCheck
import BiganCompose

extension Speaker {
    /// The speaker a check holds a speech to, from a role of `Data/roles.yaml`: its level, its
    /// voice, and the bodies it speaks for or names as its own (市政府, 局党组, 我局).
    package init(role: SpeakerRole) {
        let bodies = [role.speaksFor, role.selfReference] + (role.defaultOrg.map { [$0] } ?? [])
        self.init(
            name: role.name, level: role.level, voice: Voice(rawValue: role.voice.rawValue) ?? .government,
            ownBodies: distinct(bodies))
    }
}

/// The distinct strings of a list, in their order.
private func distinct(_ strings: [String]) -> [String] {
    var seen = Set<String>()
    return strings.filter { seen.insert($0).inserted }
}
