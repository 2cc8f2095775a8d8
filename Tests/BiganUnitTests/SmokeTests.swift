import Testing

@testable import BiganText

@Test func resourcesAreFound() throws {
    let resources = try ResourceLocator.locate()
    #expect(resources.snippets.lastPathComponent == "Snippets")
}
