import BiganText

/// The words that tell the fixed parts of a speech apart, as data.
enum PartCues {
    /// Who a salutation addresses; a short line holding one of these and ending in ：or！is one.
    static let salutationWords = [
        "同志们", "各位代表", "各位委员", "各位领导", "各位来宾", "来宾们", "朋友们", "女士们", "先生们",
        "同学们", "老师们", "各位嘉宾", "各位同仁", "各位企业家", "各位专家", "全体同志",
    ]
    static let salutationOpeners = ["尊敬的", "亲爱的", "各位"]
    /// How each addressee of a salutation ends: 同志们, 各位代表, 尊敬的王市长.
    static let addresseeEndings = [
        "们", "代表", "领导", "来宾", "嘉宾", "委员", "同仁", "专家", "企业家", "同志", "老师", "家长", "校友", "朋友",
        "先生", "女士", "长", "书记", "主任", "主席", "同事", "国王", "陛下", "阁下", "总统", "总理", "首相", "大使",
    ]
    static let salutationEnds: Set<Character> = ["：", ":", "！", "!"]

    /// A transition announces the body: 下面，我讲三点意见 / 下面，我就…谈几点具体意见.
    static let transitionOpeners = ["下面", "接下来", "以下", "现在", "为此", "在此", "借此机会", "这里"]
    static let transitionVerbs = ["讲", "谈", "强调", "提", "说", "作"]
    static let transitionObjects = ["意见", "要求", "问题", "看法", "想法", "方面", "几点", "三点", "两点", "四点", "体会", "建议"]

    /// A closing often opens by addressing the audience again, or calls on everyone.
    static let closingOpeners = [
        "同志们，", "同志们,", "同志们！", "同志们!", "各位代表！", "各位代表!", "各位代表，", "各位代表,",
        "让我们", "最后，我", "最后,我", "最后，希望", "最后,希望",
    ]
    static let closingEndings = ["谢谢大家", "谢谢！", "谢谢!", "谢谢各位"]

    /// Whether a paragraph is a salutation line such as 同志们： or 各位领导、同志们：.
    static func isSalutation(_ text: String) -> Bool {
        guard let last = text.last, salutationEnds.contains(last), text.hasAtMost(40) else { return false }
        let body = text.dropLast()
        guard !body.contains(where: { TextShape.sentenceEnds.contains($0) }) else { return false }
        // Only addressees: 各位领导、同志们： / 女士们、先生们，朋友们： — never a sentence such as
        // 同志们，让我们共同努力！ (an exclamation names the audience alone: 各位代表！).
        let addressees = body.split { "，,、".contains($0) }
        if last == "！" || last == "!", body.contains(where: { "，,".contains($0) }) { return false }
        guard addressees.allSatisfy({ $0.count <= 14 && addresseeEndings.contains(where: $0.hasSuffix) }) else {
            return false
        }
        return salutationWords.contains { body.contains($0) } || salutationOpeners.contains { body.hasPrefix($0) }
    }

    static func endsWithColon(_ text: String) -> Bool {
        text.last == "：" || text.last == ":"
    }

    /// Whether the last sentence of a paragraph announces the body of the speech.
    static func isTransition(_ text: String) -> Bool {
        let sentence = TextShape.lastSentence(text)
        guard sentence.hasAtMost(80) else { return false }
        let opens = transitionOpeners.contains { sentence.hasPrefix($0) } || sentence.hasPrefix("我")
        guard opens else { return false }
        return transitionVerbs.contains { sentence.contains($0) }
            && transitionObjects.contains { sentence.contains($0) }
    }

    static func opensClosing(_ text: String) -> Bool {
        closingOpeners.contains { text.hasPrefix($0) }
    }

    static let closingEndingBytes = closingEndings.map { Array($0.utf8) }
    static let salutationWordBytes = salutationWords.map { Array($0.utf8) }

    static func endsSpeech(_ text: String) -> Bool {
        closingEndingBytes.contains { UTF8Search.contains(text, $0) }
    }

    /// Whether a paragraph opens with an address ending in ！ (同志们！…, 女士们、先生们、同志们！…).
    static func opensWithAddress<Text: StringProtocol>(_ text: Text) -> Bool {
        guard let first = text.first, addressStarts.contains(first),
            let mark = text.prefix(40).firstIndex(where: { $0 == "！" || $0 == "!" })
        else { return false }
        return isSalutation(String(text[...mark]))
    }

    /// The characters an address can start with.
    static let addressStarts = Set((salutationWords + salutationOpeners).compactMap(\.first))

    /// Whether the text names an audience (同志们, 各位代表 …) anywhere.
    static func namesAudience(_ text: String) -> Bool {
        salutationWordBytes.contains { UTF8Search.contains(text, $0) }
    }
}
