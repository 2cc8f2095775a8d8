import Foundation
import Hummingbird

/// The 体检 page: upload or paste a finished speech, choose region, year and role.
struct CheckPage {
    let desk: ServerDesk
    let pages: PageRenderer

    func add(to router: Router<BasicRequestContext>) {
        router.get("check") { _, _ in
            pages.page(
                "check", title: "体检", section: "/check",
                [
                    "roles": desk.roleListings.map { ["name": $0.name] },
                    "year": Calendar(identifier: .gregorian).component(.year, from: Date()), "script": "check.js",
                ])
        }
    }
}
