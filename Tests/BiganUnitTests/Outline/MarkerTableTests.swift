import Testing

@testable import BiganOutline
@testable import BiganText

@Suite struct MarkerTableTests {
    struct Case: Sendable, CustomStringConvertible {
        var text: String
        var kind: MarkerKind?
        var ordinal: Int?
        var marker: String?
        var description: String { text }
    }

    static let cases: [Case] = [
        Case(text: "一、要充分认识新形势", kind: .chineseComma, ordinal: 1, marker: "一、"),
        Case(text: "十二、加强作风建设", kind: .chineseComma, ordinal: 12, marker: "十二、"),
        Case(text: "（三）坚持深化改革开放", kind: .chineseParen, ordinal: 3, marker: "（三）"),
        Case(text: "(二)扎实推进", kind: .chineseParen, ordinal: 2, marker: "(二)"),
        Case(text: "第一、办公室机构的重要性", kind: .ordinal, ordinal: 1, marker: "第一、"),
        Case(text: "第二,要进一步发挥好综合协调的职能。", kind: .ordinal, ordinal: 2, marker: "第二,"),
        Case(text: "第三，要发挥好督查落实的职能", kind: .ordinal, ordinal: 3, marker: "第三，"),
        Case(text: "第一部分 总体要求", kind: .chapter, ordinal: 1, marker: "第一部分"),
        Case(text: "1.加强组织领导", kind: .arabicDot, ordinal: 1, marker: "1."),
        Case(text: "2、强化责任落实", kind: .arabicDot, ordinal: 2, marker: "2、"),
        Case(text: "（1）明确责任", kind: .arabicParen, ordinal: 1, marker: "（1）"),
        Case(text: "3）抓好落实", kind: .arabicParen, ordinal: 3, marker: "3）"),
        Case(text: "①坚持问题导向", kind: .circled, ordinal: 1, marker: "①"),
        Case(text: "一是认真负责的精神。", kind: .shi, ordinal: 1, marker: "一是"),
        Case(text: "四要注重督查工作的深度。", kind: .yao, ordinal: 4, marker: "四要"),
        Case(text: "一方面，要加强学习", kind: .aspect, ordinal: 1, marker: "一方面，"),
        Case(text: "首先,我代表市政府表示感谢", kind: .sequence, ordinal: 1, marker: "首先,"),
        Case(text: "十一是奋力推进高水平对外开放。", kind: .shi, ordinal: 11, marker: "十一是"),
        Case(text: "十二要严肃财经纪律。", kind: .yao, ordinal: 12, marker: "十二要"),
        Case(text: "二十、加强安全生产", kind: .chineseComma, ordinal: 20, marker: "二十、"),
        Case(text: "１．吸收新党员", kind: .arabicDot, ordinal: 1, marker: "１．"),
        Case(text: "一　中国人民的基本要求", kind: .chineseComma, ordinal: 1, marker: "一\u{3000}"),
        Case(text: "1.2万亿元的减税降费", kind: nil, ordinal: nil, marker: nil),
        Case(text: "５．５％的增长目标", kind: nil, ordinal: nil, marker: nil),
        Case(text: "5.5%左右的增长", kind: nil, ordinal: nil, marker: nil),
        Case(text: "1、2月份，全市工业生产平稳", kind: nil, ordinal: nil, marker: nil),
        Case(text: "2019年工作回顾", kind: nil, ordinal: nil, marker: nil),
        Case(text: "第一次全体会议", kind: nil, ordinal: nil, marker: nil),
        Case(text: "一年来，我们主要做了以下工作", kind: nil, ordinal: nil, marker: nil),
        Case(text: "一", kind: nil, ordinal: nil, marker: nil),
        Case(text: "首先要提高认识", kind: nil, ordinal: nil, marker: nil),
    ]

    @Test(arguments: cases)
    func recognisesMarker(_ example: Case) {
        let marker = MarkerTable.marker(at: example.text[...])
        #expect(marker?.kind == example.kind)
        #expect(marker?.ordinal == example.ordinal)
        #expect(marker?.text == example.marker)
    }

    @Test func findsInlineListItems() {
        let list = "凡是与群众利益密切相关的,必须公开;第二,凡是涉及行政许可的,必须公开;"
        #expect(MarkerTable.containsInlineItem(kind: .ordinal, ordinal: 2, in: list[...]))
        let heading = "办公室机构的重要性,要求大家必须要有强烈的政治意识。"
        #expect(!MarkerTable.containsInlineItem(kind: .ordinal, ordinal: 2, in: heading[...]))
    }

    @Test(arguments: [("一", 1), ("十", 10), ("十二", 12), ("二十", 20), ("九十九", 99), ("两", 2)])
    func readsChineseNumerals(_ text: String, _ value: Int) {
        #expect(ChineseNumeral.value(of: text[...]) == value)
    }
}
