import Testing

@testable import BiganCheck

/// The outline's numbering, punctuation and repeated sentences.
@Suite struct StructureCheckTests {
    static func speech(_ body: String) -> String {
        "同志们：\n　　今天召开会议，讲几点意见。\n" + body
    }

    @Test func aSkippedNumberAndARepeatedOneAreFound() async throws {
        let report = try await CheckFixtures.check(
            Self.speech(
                """
                一、提高认识
                （一）统一思想
                　　要统一思想，提高认识。
                （一）明确责任
                　　要明确责任，狠抓落实。
                二、突出重点
                　　要突出重点，抓好落实。
                四、强化保障
                　　要强化保障，确保实效。

                """))
        let numbering = report.findings.filter { $0.kind == .numbering }
        #expect(numbering.map(\.text) == ["（一）", "四、"])
        #expect(numbering.map(\.line) == [6, 10])
        #expect(numbering[0].why.contains("重复") && numbering[1].why.contains("缺了第3个"))
    }

    @Test func aLevelSkippedUnderAHeadingIsFound() async throws {
        let report = try await CheckFixtures.check(
            Self.speech(
                """
                一、提高认识
                1.统一思想
                　　要统一思想，提高认识。
                2.明确责任
                　　要明确责任，狠抓落实。

                """))
        let numbering = report.findings.filter { $0.kind == .numbering }
        #expect(numbering.map(\.text) == ["1."])
        #expect(numbering.first?.why.contains("（一）") == true)
    }

    @Test func aWellNumberedOutlineHasNoFinding() async throws {
        let report = try await CheckFixtures.check(
            Self.speech(
                """
                一、提高认识
                （一）统一思想
                　　一是加强学习。二是深入调研。
                （二）明确责任
                　　要明确责任，狠抓落实。
                二、突出重点
                （一）抓好项目
                　　要抓好项目建设。
                三、强化保障
                　　要强化保障，确保实效。

                """))
        #expect(report.findings.isEmpty, "\(report.findings)")
    }

    @Test func halfWidthMarksInChineseTextAreOneFindingPerParagraph() async throws {
        let found = try await CheckFixtures.findings("　　要加强领导,压实责任;确保实效.", kinds: [.punctuation])
        #expect(found.count == 1)
        #expect(found.first?.why.contains("本段共3处") == true)
        let numbers = try await CheckFixtures.findings("　　增长5.5%，完成1,200项，时间10:30。", kinds: [.punctuation])
        #expect(numbers.isEmpty, "\(numbers)")
    }

    @Test func webLeftoversAreFoundInTheLinesAsRead() async throws {
        let report = try await CheckFixtures.check(
            "同志们：\n　　要弘扬&;工匠精神&;，做到&nbsp;精益求精。\n上传人：张三 文档编号：12345\n　　要狠抓落实，确保实效。\n")
        let found = report.findings.filter { $0.kind == .punctuation }
        #expect(found.map(\.line) == [2, 3], "\(found)")
        #expect(found[0].why.contains("&;") && found[0].why.contains("&nbsp;"))
    }

    @Test func aSentenceSaidTwiceIsFoundWhereItIsSaidAgain() async throws {
        let report = try await CheckFixtures.check(
            "同志们：\n　　安全生产是发展的底线和红线，必须守牢。\n　　要狠抓落实。安全生产是发展的底线和红线，必须守牢！\n")
        let found = report.findings.filter { $0.kind == .repeat }
        #expect(found.map(\.line) == [3])
        #expect(found.first?.why.contains("第2行") == true)
    }

    @Test func placeholdersSlotsAndTemplateMarksAreGaps() async throws {
        let found = try await CheckFixtures.findings(
            "　　{单位}要在XX市率先突破，×××同志要牵头，【待补：本市数据】，20xx年底前完成。", kinds: [.placeholder])
        #expect(found.map(\.text) == ["{单位}", "XX", "×××", "【待补：本市数据】"])
    }

    @Test func titledPeopleAndAnotherBodySpokenForAreToConfirm() async throws {
        let found = try await CheckFixtures.findings(
            "　　我代表局党组，向张副市长、王书记表示感谢。习近平总书记强调，要担当作为。", kinds: [.person])
        #expect(found.map(\.text) == ["我代表局党组", "张副市长", "王书记"])
        let own = try await CheckFixtures.findings("　　我代表市委、市政府，向大家表示感谢。", kinds: [.person])
        #expect(own.isEmpty, "\(own)")
        let longForm = try await CheckFixtures.findings("　　我代表天水市人民政府，向大会报告工作。", kinds: [.person])
        #expect(longForm.isEmpty, "\(longForm)")
        let pledge = try await CheckFixtures.findings(
            "　　我代表市政府郑重承诺：凡是来投资兴业的企业，我们都当成自己的事来办。", kinds: [.person])
        #expect(pledge.isEmpty, "\(pledge)")
    }
}
