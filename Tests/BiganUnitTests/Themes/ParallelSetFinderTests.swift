import Testing

@testable import BiganOutline
@testable import BiganThemes

/// Sets from speeches shaped like the seed's, and the shapes that must not become sets.
@Suite struct ParallelSetFinderTests {
    typealias S = SetFixtureSpeeches
    let finder = ParallelSetFinder()

    func set(_ label: String, in speech: Speech) -> ParallelSet? {
        finder.sets(in: speech).first { $0.label == label }
    }

    @Test(arguments: [":", "："])
    func labelHeadingsGiveTheirItemsInOrder(colon: String) throws {
        let sets = finder.sets(in: S.speechOne(labelColon: colon))
        #expect(sets.map(\.label) == ["四种精神", "四种能力", "四种作风"])
        let spirits = try #require(sets.first)
        #expect(spirits.items == S.spirits)
        #expect(spirits.items.first == "一是认真负责的精神。")
        #expect(spirits.shape == .labelHeading)
        #expect(spirits.line == 253)
        #expect(spirits.headingPath == ["三、要切实加强干部队伍思想作风建设,为创造一流业绩提供坚强保障", "四种精神" + colon])
        #expect(sets[1].items == S.abilities)
        #expect(sets[2].items == S.styles)
    }

    @Test func inlineListUnderCountedHeading() throws {
        let musts = try #require(set("五个必须", in: S.speechTwo()))
        #expect(musts.shape == .inlineList)
        #expect(musts.items.count == 5)
        #expect(musts.items.first == "第一,凡是与群众利益密切相关的,必须公开")
        #expect(musts.items.last == "第五,必须取得实际效果。")
        #expect(musts.headingPath == ["一、在推行政务公开工作中要牢记“五个必须”"])
        #expect(musts.line == 359)
    }

    @Test func inlineListSplitAcrossAHeadingAndAParagraph() throws {
        let split = [
            S.heading(2, "第一,", "第一,凡是与群众利益密切相关的,必须公开;", 361),
            S.paragraph(String(S.musts.dropFirst("第一,凡是与群众利益密切相关的,必须公开;".count)), 361),
        ]
        let musts = try #require(set("五个必须", in: S.speechTwo(mustsBlocks: split)))
        #expect(musts.items.count == 5)
        #expect(musts.items[1] == "第二,凡是涉及行政许可的,必须公开")
    }

    @Test func inlineListWithFullWidthPunctuation() throws {
        let text = "第一，凡是与群众利益密切相关的，必须公开；第二，凡是涉及行政许可的，必须公开；第三，凡是需要人人遵守的，必须公开；第四，凡是需要社会监督的，必须公开；第五，必须取得实际效果。"
        let musts = try #require(set("五个必须", in: S.speechTwo(mustsBlocks: [S.paragraph(text, 361)])))
        #expect(musts.items.map { String($0.prefix(2)) } == ["第一", "第二", "第三", "第四", "第五"])
        #expect(musts.items[3] == "第四，凡是需要社会监督的，必须公开")
    }

    @Test func countedHeadingsTakeTheirChildHeadings() throws {
        let combinations = try #require(set("四个结合", in: S.speechTwo()))
        #expect(combinations.items == S.combinations)
        #expect(combinations.shape == .countedHeading)
        let relations = try #require(set("四个关系", in: S.speechTwo()))
        #expect(relations.items.first == "一是继承与创新的关系。")
        #expect(finder.sets(in: S.speechTwo()).count == 3)
    }

    @Test func labelParagraphFollowedByHeadings() throws {
        var speech = S.speechOne()
        speech.blocks = speech.blocks.map {
            $0.marker == "四种精神:" ? Block(type: .paragraph, text: $0.text, part: .body, line: $0.line) : $0
        }
        let spirits = try #require(set("四种精神", in: speech))
        #expect(spirits.items == S.spirits)
    }

    @Test func siblingRunUnderAnOrdinaryHeading() throws {
        let speech = Speech(
            title: nil,
            blocks: [
                S.heading(1, "第一,", "第一,要进一步发挥好参谋助手的职能。", 141),
                S.paragraph("办公室的参谋助手作用体现在各项工作中。", 143),
                S.heading(2, "一要", "一要多出精品文稿。", 145),
                S.paragraph("精品文稿是客观规律、群众意志和领导意图的有机结合和高度统一。", 147),
                S.heading(2, "二要", "二要搞好调查研究。", 151),
                S.heading(2, "三要", "三要抓好政务信息工作。", 157),
            ])
        let run = try #require(finder.sets(in: speech).first)
        #expect(run.label == "要进一步发挥好参谋助手的职能")
        #expect(run.items == ["一要多出精品文稿。", "二要搞好调查研究。", "三要抓好政务信息工作。"])
        #expect(run.shape == .siblingRun)
        #expect(!run.isNamed)
    }

    @Test(arguments: [
        ["一是要周密。", "二是要高效。"],
        ["二是要周密。", "三是要高效。", "四是要讲程序。"],
        ["一是要周密。", "二要高效。", "三是要讲程序。"],
        ["要周密。", "要高效。", "要讲程序。"],
    ])
    func runsThatAreNotSetsAreSkipped(items: [String]) {
        var blocks = [S.heading(1, "第二,", "第二,要进一步发挥好综合协调的职能。", 165)]
        for (offset, item) in items.enumerated() {
            blocks.append(S.heading(2, String(item.prefix(2)), item, 167 + offset * 4))
        }
        #expect(finder.sets(in: Speech(title: nil, blocks: blocks)).isEmpty)
    }

    @Test func repeatedItemsGiveOneNamedSet() {
        let speech = Speech(
            title: nil,
            blocks: [
                S.heading(1, "一、", "一、五年来的主要工作", 10),
                S.paragraph("五年来的主要工作及特点:", 12),
                S.heading(2, "一是", "一是有效应对国际金融危机。", 14),
                S.heading(2, "二是", "二是加快经济结构调整。", 16),
                S.heading(2, "三是", "三是毫不放松地抓好“三农”工作。", 18),
            ])
        let sets = finder.sets(in: speech)
        #expect(sets.count == 1)
        #expect(sets.first?.label == "五年来的主要工作及特点")
    }

    @Test(arguments: [
        ("二、在推行政务公开工作中要处理好“四个结合”", "四个结合", 4),
        ("一、在推行政务公开工作中要牢记&;五个必须&;", "五个必须", 5),
        ("三、在推行政务公开工作中要把握好四个关系", "四个关系", 4),
        ("要处理好“十二个结合”", "十二个结合", 12),
        ("尤其要注意树立“四种精神”,增强“四种能力”", "四种精神", 4),
    ])
    func countedPhrases(heading: String, label: String, count: Int) throws {
        let found = try #require(ParallelSetLabel.countedPhrase(in: heading))
        #expect(found.label == label)
        #expect(found.count == count)
    }

    @Test(arguments: ["下面,我再讲三个方面的意见:", "各地涌现出一大批先进典型", "统一思想,深化认识", "第三个五年计划"])
    func notCountedPhrases(heading: String) {
        #expect(ParallelSetLabel.countedPhrase(in: heading) == nil)
    }
}

extension ParallelSetFinderTests {
    @Test func labelKeptOnlyInTheMarkerStillNamesTheSet() throws {
        var speech = S.speechOne()
        speech.blocks = speech.blocks.map {
            $0.marker == "四种精神:" ? S.heading(2, "四种精神：", "四种精神", $0.line) : $0
        }
        let spirits = try #require(finder.sets(in: speech).first)
        #expect(spirits.label == "四种精神")
        #expect(spirits.shape == .labelHeading)
        #expect(spirits.items == S.spirits)
    }
}
