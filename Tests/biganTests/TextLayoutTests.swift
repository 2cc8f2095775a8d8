import Testing

@testable import BiganImport
@testable import BiganLibrary
@testable import bigan

@Suite struct TextLayoutTests {
    @Test func hanCharactersTakeTwoColumns() {
        #expect(DisplayWidth.columns(of: "服务意识") == 8)
        #expect(DisplayWidth.columns(of: "ab，c") == 5)
    }

    @Test(arguments: [10, 21, 40])
    func wrappedLinesFitAndNeverStartWithClosingPunctuation(width: Int) {
        let text = "要进一步增强服务意识，切实提高办事效率。坚持以人民为中心的发展思想，不断增进民生福祉，推进5G网络建设。"
        let lines = TextWrapper(width: width).wrap(text)
        #expect(lines.joined() == text)
        for line in lines {
            #expect(DisplayWidth.columns(of: line) <= width)
            #expect(!(line.first.map { TextWrapper.noLineStart.contains($0) } ?? false))
        }
    }

    @Test func excerptKeepsTheFirstMatchAndMarksIt() {
        let text = String(repeating: "前文", count: 100) + "督查落实" + String(repeating: "后文", count: 100)
        let excerpt = Excerpt(of: text, matches: TextMatcher(text).ranges(of: ["督查"]), maxLength: 40)
        #expect(excerpt.marked().contains("【督查】落实"))
        #expect(excerpt.text.hasPrefix("…") && excerpt.text.hasSuffix("…"))
    }

    @Test func progressBarFitsItsWidth() {
        var progress = ImportProgress(
            filesDone: 3, filesTotal: 10, bytesDone: 3 << 20, bytesTotal: 10 << 20, elapsed: 2, file: nil)
        progress.filesCommitted = 2
        progress.bytesCommitted = 2 << 20
        let bar = progress.bar(width: 80)
        #expect(DisplayWidth.columns(of: bar) < 80)
        #expect(bar.contains("已入库 2/10 个文件（已读 3）") && bar.contains("1.5 MB/s") && bar.contains("剩余 00:05"))
        #expect(bar.hasPrefix("[" + String(repeating: "#", count: 2)))
        #expect(DisplayWidth.columns(of: progress.bar(width: 40)) < 40)
    }
}
