import Testing

@testable import BiganIntake

/// The cleaning table line by line: what goes, what stays, what is trimmed.
@Suite struct PageCleanerRuleTests {
    static func clean(_ texts: [String]) -> [String] {
        PageCleaner().clean(texts.enumerated().map { SourceLine(number: $0.offset + 1, text: $0.element) }).map(\.text)
    }

    static let body = "同志们，今年的工作任务十分繁重，我们要迎难而上。"

    @Test(arguments: [
        "政务总结会上的讲话材料_3篇(共22页)14300字.docx", "政务总结会上的讲话材料_3篇(共22页)14300字.docx_第7页",
        "第7页 / 共20页", "第 3 页，共 12 页", "— 5 —", "上传人:b**** 文档编号:11253185 上传时间:2023-05-30 格式:DOCX",
        "下载 相关 举报", "亲,该文档总共20页,全部预览完了,如果喜欢就下载吧!", "还剩8页未读，继续阅读", "下载资源", "资源描述",
        "《讲话材料.docx》由会员分享,可在线阅读,更多相关《讲话材料.docx》请在冰点文库上搜索。",
        "本文档由原创力文档用户上传提供", "本文由第一范文网整理发布", "免费下载本文档", "点击下载完整版文档", "VIP免费下载",
        "收藏 举报 分享", "上一篇：在全市安全生产会议上的讲话", "下一篇：某某局长在年中工作会上的讲话", "阅读次数：1234",
        "来源：中国政府网", "作者：办公室 发布时间：2023-05-30", "责任编辑：张三", "发布日期：2023年5月30日 浏览次数：88",
        "当前位置：首页 > 工作动态 > 领导讲话", "您现在的位置：首页 > 新闻中心", "首页 > 总结汇报 > 学习总结",
        "【字体：大 中 小】", "字号：大 中 小", "【打印】【关闭】", "打印本页 关闭窗口", "扫一扫在手机打开当前页",
        "分享到：微信 微博 QQ空间", "copyright@ 2008-2023 冰点文库 网站版权所有", "Copyright © 2024 某某市人民政府",
        "某某市人民政府办公室版权所有", "经营许可证编号:鄂ICP备19020893号-2", "京公网安备 11010502030143号",
        "如有侵权请联系删除", "www.example.gov.cn", "道客巴巴", "百度文库 - 让每个人平等地提升自我",
    ])
    func dropsBoilerplateLines(_ line: String) {
        #expect(Self.clean([Self.body, line, Self.body]) == [Self.body, Self.body])
    }

    @Test(arguments: [
        "政务总结会上的讲话材料", "  政务总结会上的讲话材料篇1", "同志们:", "一、要充分认识新形势下办公室工作的重要地位",
        "要切实维护版权所有者的合法权益。", "时间就是效率，效率就是生命。", "要努力提高阅读量。", "第一，要进一步发挥好参谋助手的职能。",
        "来源于群众、服务于群众。", "下载", "2.5", "10", "我们要坚持“收藏”与“利用”并重。",
        "全市企业综合生产经营景气指数为133.41,虽然比去年四季度低4.87,但仍处于景气区间",
    ])
    func keepsContentLines(_ line: String) {
        let expected = line == "下载" ? [] : [line]
        #expect(Self.clean([line]) == expected)
    }

    @Test(
        arguments: [
            ("新华社北京3月5日电 国务院总理李强5日在政府工作报告中说", "国务院总理李强5日在政府工作报告中说"),
            ("新华社北京3月5日电（记者张三、李四）今年是全面贯彻", "今年是全面贯彻"),
            ("（新华社北京3月5日电）", nil),
            ("本报讯（记者 王五）近日，全市召开工作会议。", "近日，全市召开工作会议。"),
            ("　　本报北京3月5日电 记者获悉", "　　记者获悉"),
            ("人民网北京3月5日电 据介绍", "据介绍"),
            ("新华社电 国家统计局今天发布", "国家统计局今天发布"),
            ("本报记者在电话中获悉，", "本报记者在电话中获悉，"),
        ] as [(String, String?)])
    func stripsDatelines(_ line: String, _ expected: String?) {
        #expect(Self.clean([line]) == (expected.map { [$0] } ?? []))
    }

    @Test(arguments: [
        ("A&amp;B &lt;通知&gt;", "A&B <通知>"), ("&ldquo;两个确立&rdquo;", "“两个确立”"),
        ("&lsquo;一&rsquo;&mdash;&mdash;二&hellip;", "‘一’——二…"), ("&#20013;&#x6587;", "中文"),
        ("&nbsp;&nbsp;正文", "  正文"), ("&emsp;&emsp;正文", "\u{3000}\u{3000}正文"), ("&unknown; & &;x&;", "&unknown; & “x”"),
        ("&#0;&#xZZ;", "&#0;&#xZZ;"),
    ])
    func decodesHTMLEntities(_ line: String, _ expected: String) {
        #expect(Self.clean([line]) == [expected])
    }

    @Test func pairsQuotesAcrossLinesAndRestartsAtParagraphs() {
        let lines = [
            "  他说&;要抓落实&;。", "从长远看,&;要让政务公开。", "&;要实现这一目标。", "  新段落&;开头。", "没有收尾。",
            "  再一段&;一&;和&;二&;。",
        ]
        #expect(
            Self.clean(lines) == [
                "  他说“要抓落实”。", "从长远看,“要让政务公开。", "”要实现这一目标。", "  新段落“开头。", "没有收尾。",
                "  再一段“一”和“二”。",
            ])
    }

    @Test func keepsBlankLinesButNotAroundRemovedBoilerplate() {
        let lines = ["", "第1页 / 共20页", "", "甲。", "", "", "乙。", "", "下载 相关 举报", "", "丙。", "", ""]
        let cleaned = PageCleaner().clean(
            lines.enumerated().map { SourceLine(number: $0.offset + 1, text: $0.element) })
        #expect(
            cleaned == [
                SourceLine(number: 4, text: "甲。"), SourceLine(number: 5, text: ""), SourceLine(number: 6, text: ""),
                SourceLine(number: 7, text: "乙。"), SourceLine(number: 8, text: ""), SourceLine(number: 11, text: "丙。"),
            ])
    }

    @Test func dropsTheTailAfterAPreviewCutButNotASidebarAtTheTop() {
        let tail = [Self.body, Self.body, Self.body, "展开阅读全文", "相关资源", "某某讲话", "某某总结"]
        #expect(Self.clean(tail) == [Self.body, Self.body, Self.body])
        let top = ["相关推荐", "某某讲话", Self.body, Self.body, Self.body]
        #expect(Self.clean(top) == ["某某讲话", Self.body, Self.body, Self.body])
    }

    @Test func joinsFragmentsOnlyInABlankLineLayout() {
        let blankLayout = ["以细颗粒物（PM", "2.5", "）为重点。", "", "下一段。", "", "第三段。"]
        #expect(Self.clean(blankLayout) == ["以细颗粒物（PM2.5）为重点。", "", "下一段。", "", "第三段。"])
        let lineLayout = ["以细颗粒物（PM", "2.5", "）为重点。", "下一段。", "第三段。"]
        #expect(Self.clean(lineLayout) == lineLayout)
        let indented = ["第一句没有句号", "　　新段落", "", "下一段。", "", "第三段。"]
        #expect(Self.clean(indented) == indented)
        let titled = ["在全市工作会议上的讲话", "（2023年5月30日）", "", "同志们：", "", "正文。", "", "再一段。"]
        #expect(Self.clean(titled) == titled)
        let saluted = ["在全市工作会议上的讲话", "同志们：", "", "正文。", "", "再一段。"]
        #expect(Self.clean(saluted) == saluted)
        let paragraphs = ["", "甲。", "", "乙。", "", "丙。"]
        let chain = ["五年来，我们贯彻", "民族区域自治法", "，支持发展。", "", "——", "改革开放", "深入推进。"] + paragraphs
        #expect(Self.clean(chain) == ["五年来，我们贯彻民族区域自治法，支持发展。", "", "——改革开放深入推进。"] + paragraphs)
    }

    @Test func aLongLineWithoutBreaksIsCleanedWhole() {
        let long = "新华社北京3月5日电 " + String(repeating: "推进&;高质量&;发展，", count: 100_000)
        let cleaned = Self.clean([long])
        #expect(cleaned.count == 1)
        #expect(cleaned.first?.hasPrefix("推进“高质量”发展，") == true)
        #expect(cleaned.first?.utf8.count == String(repeating: "推进“高质量”发展，", count: 100_000).utf8.count)
    }

    @Test func everyRuleHasAUniqueName() {
        let names = CleaningRules.all.map(\.name)
        #expect(Set(names).count == names.count)
        #expect(names.allSatisfy { !$0.isEmpty })
    }
}

/// Newspaper marks, photo captions and licence notices, in lines and inside a text saved as one line.
@Suite struct NewsBoilerplateTests {
    static let body = PageCleanerRuleTests.body

    @Test(arguments: [
        "全屏", "【字号：", "加大", "还原", "减小", "】", "编辑：赵一鸣", "（来源：临川日报）", "时间：2025-01-20",
        "市长王明远作政府工作报告。本报全媒体记者 张 晓摄", "政府工作报告。 临川日报记者 李森 摄",
        "2月3日，临川市人代会开幕。市长王明远作政府工作报告。临川日报全媒体记者 刘文 摄", "（新华社记者鞠鹏摄）",
        "2026-01-31 07:00:44", "（图片来源：临川日报）", "姊妹计划: 数据项", "2026-01-31 07:00 来源：临川日报",
        "【我要纠错】 【打印文章】 【关闭本页】",
    ])
    func dropsChromeAndCaptionLines(_ line: String) {
        #expect(PageCleanerRuleTests.clean([Self.body, line, Self.body]) == [Self.body, Self.body])
    }

    @Test(arguments: ["记者采访时拍摄了一段视频。", "本报记者在现场看到，群众热情很高。", "这部作品深刻反映了时代变迁。"])
    func keepsSentencesThatOnlyLookLikeThem(_ line: String) {
        #expect(PageCleanerRuleTests.clean([line]) == [line])
    }

    @Test func cutsNewspaperMarksOutOfALongLine() {
        let text = String(repeating: "要抓好落实。", count: 100)
        let line = text + "（新华社北京1月8日电）" + "　　《 人民日报 》（ 2020年01月09日 02 版）"
        #expect(PageCleanerRuleTests.clean([line]) == [text])
        let excerpt = text + "（2020年2月14日在某会议上的讲话）※ 这是某某讲话的节选。"
        #expect(PageCleanerRuleTests.clean([excerpt]) == [text + "（2020年2月14日在某会议上的讲话）"])
        let inner = text + "※ 这是某某讲话的节选。后面还有正文。"
        #expect(PageCleanerRuleTests.clean([inner]) == [inner])
    }

    @Test func cutsACaptionOutOfALongLineFromItsDatedSentence() {
        let before = String(repeating: "要抓好落实。", count: 60)
        let caption = "2020年2月10日，某某在某地调研。这是某某察看街巷。 新华社记者 刘彬/摄"
        #expect(PageCleanerRuleTests.clean([before + caption + "第一，加强领导。"]) == [before + "\u{3000}\u{3000}第一，加强领导。"])
        let separated = before + "\u{3000}\u{3000}这是某某察看街巷。 新华社记者 刘彬/摄\u{3000}\u{3000}总的看，形势向好。"
        #expect(PageCleanerRuleTests.clean([separated]) == [before + "\u{3000}\u{3000}\u{3000}\u{3000}总的看，形势向好。"])
    }

    @Test(arguments: [
        ["本作品是中華人民共和國的法律、法規，屬於公有領域。", "Public domain"],
        ["這部作品在1931年1月1日以前以匿名發表，在", "美國", "屬於", "公有領域", "。"],
        ["本作品来自1949年10月1日（含）之后的中国共产党文件。", "[", "CPC 1", "]", "，属于", "公有领域"],
        ["註：中文維基文庫社群認為，公務演講不總是具有立法性質的文件。"],
        ["本作品在全世界都属于公有领域，因为作者逝世已经超过100年。"], ["本作品原文没有版权标示，属于公有领域。"],
    ])
    func dropsLicenceFootersToTheEnd(_ footer: [String]) {
        let text = [Self.body, Self.body, Self.body, ""]
        #expect(PageCleanerRuleTests.clean(text + footer) == [Self.body, Self.body, Self.body])
    }

    @Test func dropsRelatedReportsToTheEnd() {
        let lines = [Self.body, Self.body, Self.body, "相关报道：", "某某会议开幕"]
        #expect(PageCleanerRuleTests.clean(lines) == [Self.body, Self.body, Self.body])
    }
}
