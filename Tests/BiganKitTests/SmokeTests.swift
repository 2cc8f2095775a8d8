import Testing

@testable import BiganKit

@Test func resourcesAreFound() throws {
    let resources = try ResourceLocator.locate()
    #expect(resources.snippets.lastPathComponent == "Snippets")
}
