import Foundation

/// The 起草 form's choices: occasions, roles, this year.
enum DraftPage {
    static func values(_ desk: ServerDesk) -> [String: Any] {
        [
            "occasions": desk.occasionListings.map { ["name": $0.occasion, "length": $0.length] as [String: Any] },
            "roles": desk.roleListings.map { ["name": $0.name, "post": $0.post] },
            "year": Calendar(identifier: .gregorian).component(.year, from: Date()),
        ]
    }
}
