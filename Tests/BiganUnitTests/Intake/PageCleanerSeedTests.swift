import Foundation
import Testing

@testable import BiganIntake

/// The cleaner on real files: the seed compilation from a document-sharing site and the Wikisource reports.
@Suite struct PageCleanerSeedTests {
    static let boilerplate = [
        "文档编号", "上传人", "第1页", "/ 共20页", "展开阅读全文", "冰点文库", "copyright", "下载资源", "资源描述",
        "相关搜索", "猜你喜欢", "当前位置", "ICP备", "&;", ".docx", "由会员分享", "下载 相关 举报", "亲,该文档",
    ]

    static func cleanedSeed() throws -> [SourceLine] {
        let source = try SourceReader().read(path: IntakeFixtures.snippet("000_e5d90ddf2f1f2905.txt"))
        return PageCleaner().clean(source.lines)
    }

    @Test func noBoilerplateSurvivesInTheSeed() throws {
        let lines = try Self.cleanedSeed()
        for word in Self.boilerplate {
            let leaks = lines.filter { $0.text.contains(word) }
            #expect(leaks.isEmpty, "\(word) leaked: \(leaks.map(\.number))")
        }
    }

    @Test func theSeedKeepsItsTitlesAndSpeechesWithTheirLineNumbers() throws {
        let lines = try Self.cleanedSeed()
        let source = try SourceReader().read(path: IntakeFixtures.snippet("000_e5d90ddf2f1f2905.txt")).lines
        #expect(lines.first == SourceLine(number: 55, text: "政务总结会上的讲话材料"))
        for piece in 1...3 {
            #expect(lines.contains { $0.text == "  政务总结会上的讲话材料篇\(piece)" })
        }
        #expect(lines.last == SourceLine(number: 461, text: "  一"))
        let speech = source.filter { (55...461).contains($0.number) && !$0.text.isEmpty }
        let kept = lines.filter { !$0.text.isEmpty }
        #expect(kept.map(\.number) == speech.map(\.number))
        for (cleaned, original) in zip(kept, speech) where !original.text.contains("&;") {
            #expect(cleaned.text == original.text)
        }
    }

    @Test func theSeedKeepsItsBlankLineLayout() throws {
        let lines = try Self.cleanedSeed()
        #expect(lines.count == 2 * lines.filter { !$0.text.isEmpty }.count - 1)
        #expect(lines[1] == SourceLine(number: 56, text: ""))
    }

    @Test func theSeedsQuotesArePaired() throws {
        let lines = try Self.cleanedSeed()
        func line(_ number: Int) -> String? { lines.first { $0.number == number }?.text }
        #expect(line(69) == "  市政府办公室是全市政府系统运转的“中枢”。")
        #expect(line(99) == "如果把市政府比作“大脑”,办公室就是“耳目”、“神经”和“手脚”。")
        #expect(
            line(413)?.hasSuffix(
                "就是,“经过不懈努力,使政务公开成为各级政府施政的一项基本制度,政府工作透明度不断提高,"
                    + "政府与群众沟通的渠道更加畅通,人民群众的知情权、参与权和监督权等民主权利得到切实保障。") == true)
        #expect(line(415) == "”要实现这一目标,需要付出艰苦的努力,不可能一蹴而就。")
        #expect(line(437) == "“公开是原则,不公开是例外”。")
        let opens = lines.map { $0.text.filter { $0 == "“" }.count }.reduce(0, +)
        let closes = lines.map { $0.text.filter { $0 == "”" }.count }.reduce(0, +)
        #expect(opens == 33 && closes == 33)
    }

    static let reportYears = [2010, 2011, 2012, 2013, 2014, 2015, 2016, 2017, 2018, 2019, 2021, 2022, 2023, 2024]

    static func cleanedReport(_ year: Int) throws -> [SourceLine] {
        let path = IntakeFixtures.snippet("public-domain/gwr_state_\(year).txt")
        return PageCleaner().clean(try SourceReader().read(path: path).lines)
    }

    @Test(arguments: reportYears)
    func wikisourceFooterIsGone(_ year: Int) throws {
        let lines = try Self.cleanedReport(year)
        let footer = ["本作品", "公有领域", "维基文库", "Public domain", "著作权法", "不总是"]
        #expect(lines.allSatisfy { line in !footer.contains { line.text.contains($0) } })
        #expect(
            lines.last?.text.contains("团结") == true || lines.last?.text.contains("奋斗") == true
                || lines.last?.text.contains("中国") == true)
        #expect(lines.first?.text.isEmpty == false && lines.last?.text.isEmpty == false)
        #expect(!lines.contains { $0.text == "false" })
    }

    @Test func wikiLinkFragmentsAreRejoined() throws {
        let lines2014 = try Self.cleanedReport(2014)
        let smog = try #require(lines2014.first { $0.text.contains("细颗粒物（PM") })
        #expect(smog.number == 235)
        #expect(smog.text.contains("以细颗粒物（PM2.5）和可吸入颗粒物（PM10）治理为突破口"))
        #expect(lines2014.contains { $0.text.contains("广义货币M2增长13.6%，符合调控要求。") })
        #expect(!lines2014.contains { ["2", "2.5", "10"].contains($0.text) || $0.text.hasPrefix("）") })

        let lines2017 = try Self.cleanedReport(2017)
        #expect(lines2017.first == SourceLine(number: 4, text: "政府工作报告"))
        #expect(lines2017.contains { $0.text == "国务院总理" } && lines2017.contains { $0.text == "\u{3000}李克强" })
        #expect(lines2017.contains { $0.text.contains("国内生产总值达到74.4万亿元，增长6.7%") })
        #expect(lines2017.contains { $0.text.hasPrefix("——改革开放深入推进。") })
        #expect(lines2017.contains { $0.text.contains("细颗粒物（PM2.5）年均浓度下降9.1%") })
        #expect(!lines2017.contains { $0.text.contains("\u{200B}") })

        let lines2015 = try Self.cleanedReport(2015)
        #expect(lines2015.first == SourceLine(number: 1, text: "各位代表："))
    }

    /// A heading line and the body after it stay apart: the outline parser tells them apart.
    @Test func headingsAreNotJoinedToTheirBody() throws {
        let lines = try Self.cleanedReport(2011)
        #expect(lines.contains { $0.text == "一是必须坚持科学发展。" })
        #expect(lines.contains { $0.text.hasPrefix("我们战胜各种严峻挑战，靠的是发展；") })
    }
}
