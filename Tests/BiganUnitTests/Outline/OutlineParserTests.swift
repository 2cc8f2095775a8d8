import Testing

@testable import BiganIntake
@testable import BiganOutline

/// Parses text as the outline stage sees it: split into numbered lines, nothing cleaned.
func outline(_ text: String) -> (speeches: [Speech], diagnostics: [Diagnostic]) {
    let lines = text.split(separator: "\n", omittingEmptySubsequences: false).enumerated().map {
        SourceLine(number: $0.offset + 1, text: String($0.element))
    }
    return OutlineParser().parse(lines)
}

/// A compact view of blocks: "H2 第一，…" / "P …" / "S 同志们：".
func shape(_ speech: Speech) -> [String] {
    speech.blocks.map { block in
        switch block.type {
        case .salutation: return "S \(block.text)"
        case .heading: return "H\(block.level ?? 0) \(block.text)"
        case .paragraph: return "P \(block.text)"
        }
    }
}

@Suite struct OutlineParserTests {
    @Test func indentedLayoutJoinsContinuationLines() {
        let text = """
              同志们：
              这次会议很重要。
            大家要认真学习。
              一、提高认识
              办公室是综合部门。
            要发挥作用。
            二是无私奉献的精神。
            """
        let speech = outline(text).speeches[0]
        #expect(shape(speech) == ["S 同志们：", "P 这次会议很重要。大家要认真学习。", "H1 一、提高认识", "P 办公室是综合部门。要发挥作用。", "P 二是无私奉献的精神。"])
    }

    @Test func anUnindentedMarkerLineContinuesAList() {
        let text = """
              一、提高认识
              第一，要有政治意识。
            市政府是首脑机关。
            一是认真负责的精神。
            要遵守纪律。
            二是无私奉献的精神。
            要甘于吃苦。
            """
        let speech = outline(text).speeches[0]
        #expect(
            shape(speech) == [
                "H1 一、提高认识", "H2 第一，要有政治意识。", "P 市政府是首脑机关。", "H3 一是认真负责的精神。", "P 要遵守纪律。",
                "H3 二是无私奉献的精神。", "P 要甘于吃苦。",
            ])
    }

    @Test func blankSeparatedLayoutKeepsOneParagraphPerRun() {
        let text = """
            各位代表：

            现在，我代表国务院，向大会报告政府工作。

            一、2009年工作回顾

            过去的一年，极不平凡。
            我们战胜了困难。

            （一）加强宏观调控。稳定经济增长。

            各位代表！

            让我们共同奋斗！
            """
        let speech = outline(text).speeches[0]
        #expect(
            shape(speech) == [
                "S 各位代表：", "P 现在，我代表国务院，向大会报告政府工作。", "H1 一、2009年工作回顾", "P 过去的一年，极不平凡。我们战胜了困难。",
                "H2 （一）加强宏观调控。", "P 稳定经济增长。", "P 各位代表！", "P 让我们共同奋斗！",
            ])
        #expect(speech.blocks.last?.part == .closing)
        #expect(speech.blocks[1].part == .opening)
    }

    @Test func onePerLineLayoutMakesEachLineAParagraph() {
        let text = """
            同志们：
            今天召开会议，主要任务是部署工作。
            下面，我讲三点意见。
            一、统一思想
            要提高认识。
            二、明确任务
            要抓好落实。
            同志们，让我们共同努力。
            """
        let speech = outline(text).speeches[0]
        #expect(speech.blocks.map(\.part) == [.opening, .opening, .transition, .body, .body, .body, .body, .closing])
    }

    @Test func inlineListStaysAParagraph() {
        let text = """
            一、牢记“五个必须”

            第一，凡是与群众利益密切相关的，必须公开；第二，凡是涉及行政许可的，必须公开。
            """
        let speech = outline(text).speeches[0]
        #expect(shape(speech)[1].hasPrefix("P 第一，凡是"))
    }

    @Test func labelsIntroduceParallelHeadings() {
        let text = """
              三、加强作风建设
              四种精神:
              一是认真负责的精神。
            要一丝不苟。
            二是无私奉献的精神。
            要甘于吃苦。
              四种能力:
              一是要提高政治素质。
            要加强学习。
            """
        let speech = outline(text).speeches[0]
        #expect(
            shape(speech).filter { $0.hasPrefix("H") } == [
                "H1 三、加强作风建设", "H2 四种精神:", "H3 一是认真负责的精神。", "H3 二是无私奉献的精神。", "H2 四种能力:",
                "H3 一是要提高政治素质。",
            ])
    }

    @Test func compilationsSplitAtPieceTitlesAndDropACutOffTail() {
        let text = """
              总结会上的讲话篇1
              同志们：
              会议开得很好。
              总结会上的讲话篇2
              同志们：
              今年工作很重要。
              一
            """
        let (speeches, diagnostics) = outline(text)
        #expect(speeches.map(\.title) == ["总结会上的讲话篇1", "总结会上的讲话篇2"])
        #expect(shape(speeches[1]) == ["S 同志们：", "P 今年工作很重要。"])
        #expect(diagnostics.contains { $0.line == 7 && $0.message.contains("第 2 篇讲话不完整") })
    }

    @Test func textWithNoLineBreaksIsSplitAtIndentationAndMarkers() {
        let body = String(repeating: "要进一步提高认识，切实加强领导，狠抓工作落实。", count: 30)
        let text = "　　同志们：　　会议很重要。" + body + "　　一、提高认识　　办公室很重要。一要多出精品文稿。" + body + "二要搞好调查研究。" + body
        let speech = outline(text).speeches[0]
        let headings = shape(speech).filter { $0.hasPrefix("H") }
        #expect(headings == ["H1 一、提高认识", "H2 一要多出精品文稿。", "H2 二要搞好调查研究。"])
        #expect(speech.blocks.first?.type == .salutation)
    }

    @Test func aHeadingLineKeepsItsFirstSentenceAndTheRestBecomesAParagraph() {
        let text = "一是创新和完善宏观调控，经济保持平稳运行。面对新情况新变化，我们坚持不搞强刺激。"
        let speech = outline(text).speeches[0]
        #expect(shape(speech) == ["H1 一是创新和完善宏观调控，经济保持平稳运行。", "P 面对新情况新变化，我们坚持不搞强刺激。"])
        #expect(speech.blocks[0].marker == "一是")
    }
}

@Suite struct PartCuesTests {
    @Test(arguments: ["同志们：", "各位代表：", "各位领导、同志们：", "尊敬的各位来宾：", "女士们、先生们，朋友们：", "各位代表！"])
    func salutations(_ text: String) {
        #expect(PartCues.isSalutation(text))
    }

    @Test(arguments: ["同志们，让我们团结一心，开拓进取！", "同志们一定要真抓实抓。", "这次会议很重要：", "各位代表提出了很好的意见，大家要认真研究："])
    func notSalutations(_ text: String) {
        #expect(!PartCues.isSalutation(text))
    }

    @Test(arguments: ["下面，我讲三点意见。", "下面,我结合市政府今年的重点工作,再讲三个方面的意见:", "关于工作，杨秘书长已作了安排。下面，我就贯彻落实好这次会议精神谈几点具体意见。"])
    func transitions(_ text: String) {
        #expect(PartCues.isTransition(text))
    }
}

@Suite struct HeadingTextTests {
    @Test func aTitleSeparatedFromItsBodyByWhiteSpaceEndsThere() {
        let speech = outline("一、2023年工作回顾　过去一年，我们攻坚克难。全省经济回升向好。").speeches[0]
        #expect(shape(speech) == ["H1 一、2023年工作回顾", "P 过去一年，我们攻坚克难。全省经济回升向好。"])
    }

    @Test func aNumeralSetApartByASpaceKeepsItsTitle() {
        let text = "一　一九五八年的伟大成就\n\n　　一九五八年是大跃进的一年。\n\n二　今年的任务\n\n　　今年的任务十分艰巨。"
        let speech = outline(text).speeches[0]
        #expect(shape(speech) == ["H1 一　一九五八年的伟大成就", "P 一九五八年是大跃进的一年。", "H1 二　今年的任务", "P 今年的任务十分艰巨。"])
    }
}

@Suite struct SpeechSplitterTests {
    @Test(arguments: ["政务总结会上的讲话材料篇1", "篇一：在全市工作会议上的讲话", "第三篇：在表彰大会上的讲话", "范文二：在座谈会上的讲话", "领导讲话（二）", "讲话材料3"])
    func numberedPieceTitles(_ title: String) {
        #expect(SpeechSplitter().isPieceNumbered(title))
    }

    @Test(arguments: ["政务总结会上的讲话材料", "第一次全体会议", "一、提高认识", "2024年工作安排"])
    func otherLinesAreNotPieceTitles(_ title: String) {
        #expect(!SpeechSplitter().isPieceNumbered(title))
    }
}
