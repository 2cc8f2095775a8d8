import Foundation

@testable import BiganRender

/// A fresh temporary folder holding the fixture speech written as .docx.
struct WrittenSpeech {
    let folder: URL
    let docx: URL

    init() throws {
        folder = FileManager.default.temporaryDirectory.appendingPathComponent("bigan-render-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        docx = folder.appendingPathComponent("讲话.docx")
        try DocxWriter().write(RenderFixtures.mayorSpeech(), to: docx)
    }

    func remove() {
        try? FileManager.default.removeItem(at: folder)
    }
}
