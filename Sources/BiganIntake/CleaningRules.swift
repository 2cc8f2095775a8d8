import BiganText

/// The cleaning table: boilerplate of document-sharing sites, web-page chrome, Wikisource's licence
/// footer and newspaper datelines. Rules are tried in order; the first that matches a line decides.
enum CleaningRules {
    /// Words that make up toolbar and footer lines ("下载 相关 举报", "【打印】【关闭】").
    static let chromeWords = [
        "下载", "相关", "举报", "收藏", "分享", "打印", "关闭", "评论", "点赞", "纠错", "投稿", "订阅", "复制",
        "打印本页", "打印本文", "打印此页", "关闭窗口", "关闭本页", "返回顶部", "返回首页", "返回列表", "返回",
        "首页", "下载资源", "资源描述", "相关资源", "相关文档", "相关推荐", "相关阅读", "相关文章", "相关搜索",
        "猜你喜欢", "热门推荐", "热门文档", "最新文档", "精品推荐", "免费下载", "点击下载", "立即下载",
        "下载文档", "下载本文档", "文档下载", "下载此文档", "VIP", "会员", "开通VIP", "加入收藏", "收藏本站",
        "收藏本文", "设为首页", "登录", "注册", "上传", "上传文档", "阅读全文", "全文阅读", "展开全文",
        "继续阅读", "查看更多", "更多", "展开", "收起", "微信", "微博", "QQ空间", "朋友圈", "扫一扫",
        "二维码", "推荐", "顶", "踩", "赞", "上一页", "下一页", "上一篇", "下一篇", "全屏", "退出全屏", "字号", "字体",
        "加大", "减小", "还原", "默认", "放大", "缩小", "听新闻", "朗读", "关注", "我要纠错", "打印文章", "关闭本页",
        "收藏本页", "复制链接", "手机版", "网站地图", "联系我们", "无障碍", "长者模式", "繁体", "简体", "繁體",
    ]

    /// Document-sharing portals and sites whose names mark a line as theirs.
    static let siteNames = [
        "冰点文库", "百度文库", "道客巴巴", "豆丁网", "原创力文档", "360doc", "360个人图书馆", "个人图书馆",
        "文档之家", "第一范文网", "范文网", "人人文库", "金锄头文库", "淘豆网", "得力文库", "爱问共享资料",
        "文库网", "book118", "docin", "doc88", "wenku", "维基文库", "维基百科", "wikisource", "wikipedia",
        "写写帮", "文秘帮", "公文易", "秘书工作网", "姊妹计划", "姊妹計劃",
    ]

    static let all: [CleaningRule] = sharingSite + webChrome + wikisource + datelines + newspaper

    /// Document-sharing sites (冰点文库, 百度文库, 道客巴巴, 豆丁, 原创力文档 …).
    static let sharingSite: [CleaningRule] = [
        CleaningRule(
            "preview cut", .dropRest, #"\s*(展开阅读全文|阅读全文|展开全文)\s*[∨»>↓▼]*"#,
            needles: ["全文"]),
        CleaningRule(
            "related tail", .dropRest, #"\s*(相关资源|相关文档|猜你喜欢|相关推荐|相关搜索|热门推荐)\s*"#,
            needles: ["相关", "猜你", "推荐"]),
        CleaningRule(
            "file title", .dropLine,
            #".+\.(docx?|wps|pdf|txt|pptx?|xlsx?)(\s*[(（]\d+页[)）])?(_第\s*\d+\s*页)?"#,
            needles: [".doc", ".DOC", ".wps", ".pdf", ".txt", ".ppt", ".xls"]),
        CleaningRule("page stamp", .dropLine, #"第\s*\d+\s*页\s*([/／,，]?\s*共\s*\d+\s*页)?"#, needles: ["页"]),
        CleaningRule(
            "page number", .dropLine, #"[-—－–]+\s*\d{1,4}\s*[-—－–]+"#, needles: ["-", "—", "－", "–"], maxLength: 40),
        CleaningRule(
            "upload details", .dropLine, #".*(上传人|上传者|文档编号|上传时间|文档格式|文档页数)\s*[:：].*"#,
            needles: ["上传", "文档"]),
        CleaningRule(
            "preview notice", .dropLine,
            #".*(该文档(总)?共\s*\d+\s*页|本文档(总)?共\s*\d+\s*页|全部预览完了|(还剩|剩余)\s*\d+\s*页|预览已结束|试读已结束).*"#,
            needles: ["页", "预览", "试读"]),
        CleaningRule(
            "shared by member", .dropLine, #".*(由会员分享|由用户上传|可在线阅读|请在.{1,12}上搜索).*"#,
            needles: ["会员分享", "用户上传", "在线阅读", "上搜索"], maxLength: 800),
        CleaningRule(
            "provided by", .dropLine, #"本(文档|文|资料|篇文章?)(由|来自|来源于).*"#,
            needles: ["本文", "本资料", "本篇"], maxLength: 300),
        CleaningRule(
            "download prompt", .dropLine,
            #".*(免费下载|点击下载|立即下载|下载文档|下载本文|文档下载|下载地址|下载积分|下载券|下载到电脑|下载后).*"#,
            needles: ["下载"], maxLength: 150),
        CleaningRule("vip", .dropLine, #".*vip.*"#, needles: ["VIP", "vip", "Vip"], maxLength: 120),
        CleaningRule("site name", .dropLine, ".*", needles: siteNames, maxLength: 200),
        CleaningRule("chrome words", .dropLine, chromeLinePattern, maxLength: 120),
        CleaningRule("lone bracket", .dropLine, #"\s*[【】\[\]]\s*"#, needles: ["【", "】", "[", "]"], maxLength: 8),
    ]

    /// Web-page chrome: breadcrumbs, font-size switches, print and share bars, page metadata.
    static let webChrome: [CleaningRule] = [
        CleaningRule(
            "breadcrumb", .dropLine, #"[【\[]?\s*(当前位置|您现在的位置|您的位置|你的位置|现在位置|所在位置|位置)\s*[:：].*"#,
            needles: ["位置"]),
        CleaningRule("breadcrumb path", .dropLine, #"首页\s*(>|＞|»|›|→|/|&gt;).*"#, needles: ["首页"]),
        CleaningRule(
            "font size", .dropLine, #".*字\s*[体号]\s*[:：]?\s*[【\[]?\s*大\s*[】\]]?\s*[【\[]?\s*中\s*[】\]]?\s*[【\[]?\s*小.*"#,
            needles: ["字体", "字号"]),
        CleaningRule(
            "scan to read", .dropLine, #".*(扫一扫|扫描二维码|手机扫码|扫码阅读|用手机打开).*"#,
            needles: ["扫", "手机"], maxLength: 200),
        CleaningRule(
            "related reports", .dropRest, #"[【\[]?\s*(相关报道|相关新闻|相关链接|专题链接|延伸阅读|相关阅读|相关专题)\s*[】\]]?\s*[:：]?\s*"#,
            needles: ["相关", "专题", "延伸"]),
        CleaningRule("share bar", .dropLine, #"(分享到|分享至|一键分享).*"#, needles: ["分享"], maxLength: 200),
        CleaningRule(
            "previous next", .dropLine, #"(上一篇|下一篇|上一页|下一页|上篇|下篇)\s*[:：].*"#, needles: ["上一", "下一", "上篇", "下篇"]),
        CleaningRule(
            "view count", .dropLine,
            #".*(浏览次数|阅读次数|点击次数|访问次数|浏览量|阅读量|点击量|阅读数|浏览数|点击数)\s*([:：]|\d).*"#,
            needles: ["次数", "量", "数"], maxLength: 300),
        CleaningRule(
            "page metadata", .dropLine,
            #"[【\[(（]?\s*(来源|作者|发布时间|发布日期|发表时间|更新时间|发布者|发布人|发布机构|责任编辑|编辑|审核|校对|供稿|撰稿|信息来源|文章来源|录入|时间|日期)\s*[:：].*"#,
            needles: [":", "："]),
        CleaningRule(
            "timestamp", .dropLine,
            #"\d{4}\s*[-/.年]\s*\d{1,2}\s*[-/.月]\s*\d{1,2}\s*日?(\s+\d{1,2}:\d{2}(:\d{2})?)?"#,
            needles: ["-", "/", ".", "年"], maxLength: 40),
        CleaningRule(
            "dated metadata", .dropLine,
            #"\d{4}\s*[-/.年]\s*\d{1,2}\s*[-/.月]\s*\d{1,2}\s*日?(\s*\d{1,2}:\d{2}(:\d{2})?)?\s*[|｜]?\s*(来源|作者|编辑|责任编辑|发布|字号)\s*[:：].*"#,
            needles: ["来源", "作者", "编辑", "发布", "字号"], maxLength: 200),
        CleaningRule(
            "image source", .dropLine, #"[（(【\[]?\s*(图片来源|图片|图源|图)\s*[:：/／].{0,30}"#,
            needles: ["图"], maxLength: 60),
        CleaningRule(
            "copyright", .dropLine, #".*(copyright|©|（c）|\(c\)\s*\d{4}).*"#,
            needles: ["copyright", "Copyright", "COPYRIGHT", "©", "(c)", "（c）", "(C)"], maxLength: 300),
        CleaningRule(
            "rights reserved", .dropLine, #".*版权所有([^者人\p{Han}].*)?"#,
            needles: ["版权所有"], maxLength: 300),
        CleaningRule(
            "reprint notice", .dropLine, #".*(转载请注明|禁止转载|未经.{0,8}(许可|授权).{0,8}转载|侵权.{0,6}(删除|联系)|如有侵权).*"#,
            needles: ["转载", "侵权"], maxLength: 300),
        CleaningRule(
            "site licence", .dropLine, #".*(ICP|公网安备|网安备|经营许可证(编号)?\s*[:：]|备案号\s*[:：]|增值电信业务).*"#,
            needles: ["ICP", "icp", "安备", "许可证", "备案号", "增值电信"]),
        CleaningRule(
            "bare link", .dropLine, #"\s*(https?://)?([a-z0-9-]+\.)+[a-z]{2,}(/\S*)?\s*"#,
            needles: ["."], maxLength: 200),
        CleaningRule(
            "font-size strip", .strip, #"[【\[]\s*(字\s*[体号]\s*[:：]?\s*大\s*中\s*小|打印(本页|此文)?|关闭(窗口)?|收藏|返回顶部)\s*[】\]]"#,
            needles: ["【", "["]),
    ]

    /// Wikisource: the licence footer (dropped from its first line to the end) and its stray lines.
    /// The notices open with the work they speak of, in simplified or traditional characters:
    /// 本作品是中华人民共和国的法律… / 本作品来自1949年10月1日（含）之后的中国共产党文件 /
    /// 这部作品在1931年1月1日以前以匿名或別名發表… / 本作品在全世界都属于公有领域….
    static let wikisource: [CleaningRule] = [
        CleaningRule(
            "wikisource licence", .dropRest,
            #"(本|此|这部|這部|该|該)作品(是中华人民共和国|是中華人民共和國|来自|來自|在全世界|在美国|在美國|属于|屬於|采用|採用|根据|根據|依据|依據|不适用|不適用|已|原文|的作者|作者|于|於|在\s*\d{4}\s*年).*"#,
            needles: ["作品"]),
        CleaningRule(
            "wikisource note", .dropRest, #"[注註]\s*[:：]\s*中文(维基|維基)文(库|庫).*"#,
            needles: ["维基文库", "維基文庫", "維基文库", "维基文庫"]),
        CleaningRule(
            "licence leftovers", .dropLine, #"\s*(public domain|false|true)\s*"#,
            needles: ["public", "Public", "PUBLIC", "false", "true"], maxLength: 40),
    ]

    /// Newspaper datelines at the start of a text: the dateline goes, the sentence stays.
    static let datelines: [CleaningRule] = [
        CleaningRule(
            "agency dateline", .stripPrefix,
            #"[（(]?(新华社|中新社|中新网|新华网|人民网|央视网|央广网|光明网|中国新闻网|中国日报网|本报|本刊|本台|本网)[\p{Han}]{0,10}?\d{1,2}\s*月\s*\d{1,2}\s*日\s*(电|讯)([（(](记者|通讯员)[^）)]{0,40}[）)])?[）)]?[\s　]*"#,
            needles: ["电", "讯"]),
        CleaningRule(
            "agency wire", .stripPrefix,
            #"[（(]?(新华社|中新社)(电|讯)([（(](记者|通讯员)[^）)]{0,40}[）)])?[）)]?[\s　]*"#,
            needles: ["社电", "社讯"]),
        CleaningRule(
            "local news", .stripPrefix, #"[（(]?本报讯([（(](记者|通讯员)?[^）)]{0,40}[）)])?[）)]?[\s　]*"#,
            needles: ["本报讯"]),
    ]

    /// A newspaper's marks wherever they stand, even inside a text saved as one line: the dateline in
    /// brackets at the end of a report, the page stamp 《 人民日报 》（ 2020年01月09日 02 版）, and the
    /// note 求是 puts after an excerpt (※ 这是…的节选。).
    static let newspaper: [CleaningRule] = [
        CleaningRule(
            "bracketed dateline", .strip,
            #"[（(]\s*(新华社|中新社|中新网|新华网|人民网|央视网|央广网|光明网|中国新闻网|本报|本刊)[\p{Han}]{0,10}?\d{1,2}\s*月\s*\d{1,2}\s*日\s*(电|讯)[^（）()\n]{0,40}[）)]"#,
            needles: ["电）", "电)", "讯）", "讯)"], maxLength: .max),
        CleaningRule(
            "newspaper page stamp", .strip,
            #"《\s*[\p{Han}]{2,12}\s*》\s*[（(]\s*\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日\s*第?\s*\d{1,3}\s*版\s*[）)]"#,
            needles: ["版）", "版)", "版 ）", "版 )"], maxLength: .max),
        CleaningRule(
            "excerpt note", .strip, #"※\s*这是[^※。！？\n]{1,200}。?\s*$"#, needles: ["※"], maxLength: .max),
    ]

    /// A line made of nothing but chrome words, punctuation and symbols.
    static var chromeLinePattern: String {
        let words = chromeWords.sorted { $0.count > $1.count }.joined(separator: "|")
        return #"(?:[\s\p{P}\p{S}]*(?:"# + words + #"))+[\s\p{P}\p{S}]*"#
    }
}
