import Testing

@testable import BiganIntake

@Suite struct InvisibleCharactersTests {
    @Test(arguments: ["\u{200B}", "\u{200C}", "\u{200D}", "\u{2060}", "\u{FEFF}", "\u{00AD}"])
    func eachInvisibleCharacterIsRemoved(invisible: String) {
        #expect(InvisibleCharacters.removing(from: "加强\(invisible)督查") == "加强督查")
        #expect(InvisibleCharacters.removing(from: "督查\(invisible)") == "督查")
    }

    /// Curly quotes, dashes and ellipses share the invisible characters' leading bytes and stay.
    @Test(arguments: ["“中枢”", "——改革", "……", "‘一’", "\u{2061}", "\u{200E}", "¬", "ﻼ", "督查"])
    func visibleTextIsLeftAlone(text: String) {
        #expect(InvisibleCharacters.removing(from: text) == nil)
    }
}
