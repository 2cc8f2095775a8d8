import Testing

@testable import BiganCompose
@testable import BiganRender

@Suite struct MarkdownRendererTests {
    let draft = RenderFixtures.mayorSpeech()

    @Test func speechReadsInOrderWithHeadingLevels() {
        let markdown = MarkdownRenderer().render(draft)
        let chunks = markdown.split(separator: "\n\n", omittingEmptySubsequences: false).map(String.init)
        #expect(chunks.first == "# " + draft.title)
        #expect(chunks[1] == draft.byline)
        let expected = draft.blocks.map { block -> String in
            switch (block.type, block.level) {
            case (.heading, 1): "## " + block.text
            case (.heading, 2): "### " + block.text
            case (.heading, _): "**" + block.text + "**"
            default: block.text
            }
        }
        #expect(Array(chunks.dropFirst(2)).map { $0.trimmingCharacters(in: .newlines) } == expected)
        #expect(markdown.hasSuffix("。\n") || markdown.hasSuffix("！\n"))
        #expect(!markdown.contains("\n\n\n"))
    }

    @Test func markersAndPlaceholdersStayVisible() {
        let markdown = MarkdownRenderer().render(draft)
        for placeholder in draft.placeholders + ["{姓名}"] {
            #expect(markdown.contains(placeholder))
        }
        #expect(markdown.contains("\n## 一、"))
        #expect(markdown.contains("\n### （一）"))
        #expect(markdown.contains("\n**一是"))
        #expect(!markdown.contains("[^"))
    }

    @Test func sourcesBecomeFootnotes() throws {
        let markdown = MarkdownRenderer(includeSources: true).render(draft)
        let sourced = draft.blocks.filter { $0.source != nil }
        #expect(sourced.count == 2)
        for block in sourced {
            #expect(markdown.contains(block.text + "[^1]"), "both blocks share one source, so one note")
        }
        let source = try #require(sourced.first?.source)
        let lastLine = markdown.split(separator: "\n").last.map(String.init)
        #expect(lastLine == "[^1]: \(source.file) 第\(source.line)行（\(source.speech ?? "")）")
        #expect(!markdown.contains("[^2]"))
    }

    @Test func distinctSourcesGetTheirOwnNumbers() {
        let blocks = [1, 2].map { line in
            DraftBlock(
                type: .paragraph, part: .body, text: "第\(line)段。",
                source: DraftSource(file: "a.txt", speech: nil, line: line))
        }
        let draft = Draft(occasion: "座谈会", role: "局长", title: "讲话", byline: nil, blocks: blocks)
        let markdown = MarkdownRenderer(includeSources: true).render(draft)
        #expect(markdown == "# 讲话\n\n第1段。[^1]\n\n第2段。[^2]\n\n[^1]: a.txt 第1行\n[^2]: a.txt 第2行\n")
    }

    @Test(arguments: [
        ("1. 加强领导", "1\\. 加强领导"), ("# 号开头", "\\# 号开头"), ("- 列表", "\\- 列表"), ("> 引用", "\\> 引用"),
        ("1.加强领导", "1.加强领导"), ("2026年", "2026年"), ("（1）加强领导", "（1）加强领导"),
    ])
    func paragraphStartsThatLookLikeMarkupAreEscaped(text: String, escaped: String) {
        #expect(MarkdownRenderer.escapeLineStart(text) == escaped)
    }
}
