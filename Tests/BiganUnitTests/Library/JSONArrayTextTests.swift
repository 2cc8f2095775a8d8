import Foundation
import Testing

@testable import BiganLibrary

@Suite struct JSONArrayTextTests {
    @Test(
        arguments: [
            [], [""], ["一、总体要求"], ["一、总体要求", "（一）加强督查"], ["a\",\"b"], ["引号“中枢”", "反斜杠\\"], ["换行\n", "\t"],
            ["", ""], ["[", "]"],
        ] as [[String]])
    func roundTrips(strings: [String]) throws {
        let text = JSONArrayText.encode(strings)
        #expect(JSONArrayText.decode(text) == strings)
        let standard = try JSONDecoder().decode([String].self, from: Data(text.utf8))
        #expect(standard == strings)
    }

    @Test func onlyPlainArraysTakeTheFastPath() {
        #expect(JSONArrayText.plainStrings("[\"a\",\"b\"]") == ["a", "b"])
        #expect(JSONArrayText.plainStrings("[\"a\\\"b\"]") == nil)
        #expect(JSONArrayText.plainStrings("[\"a\", \"b\"]") == nil)
        #expect(JSONArrayText.decode("[\"a\", \"b\"]") == ["a", "b"])
        #expect(JSONArrayText.decode("not json") == [])
    }
}
