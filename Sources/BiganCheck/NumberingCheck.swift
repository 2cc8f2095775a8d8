import BiganOutline
import BiganText

/// The outline's numbering: a number skipped or said twice among the headings under one parent
/// (一、二、四、; （一）（一）), a list that does not start at one, and a level skipped (一、 then 1.).
struct NumberingCheck: SpeechCheck {
    /// Marker kinds in their usual order from the top (一、 （一） 1. （1））.
    let hierarchy: [MarkerKind]

    init(rules: CheckingRules.Numbering) {
        hierarchy = rules.hierarchy.compactMap(MarkerKind.init(rawValue:))
    }

    /// The kinds whose headings count: numbered ones (not labels, 首先 or untitled headings).
    static let numbered: Set<MarkerKind> = [
        .chapter, .chineseComma, .chineseParen, .ordinal, .arabicDot, .arabicParen, .circled, .shi, .yao,
    ]

    /// The kinds that always start a list of headings of their own.
    static let outline: Set<MarkerKind> = [.chapter, .chineseComma, .chineseParen, .ordinal, .arabicDot, .arabicParen]

    func findings(in speech: CheckedSpeech) -> [Finding] {
        var found: [Finding] = []
        var last: [Int: Marker] = [:]
        var parents: [Int: Marker] = [:]
        var currentSpeech = -1
        for paragraph in speech.paragraphs where paragraph.role == .heading {
            guard let level = paragraph.level, let marker = paragraph.marker else { continue }
            if paragraph.speech != currentSpeech {
                (last, parents, currentSpeech) = ([:], [:], paragraph.speech)
            }
            for deeper in last.keys where deeper > level { last[deeper] = nil }
            for deeper in parents.keys where deeper >= level { parents[deeper] = nil }
            let range = 0..<marker.text.count
            if Self.numbered.contains(marker.kind), let ordinal = marker.ordinal {
                let previous = last[level].flatMap { $0.kind == marker.kind ? $0.ordinal : nil }
                if let why = Self.gap(marker, ordinal: ordinal, after: previous) {
                    found.append(paragraph.finding(.numbering, range, why: why))
                }
                if previous == nil, let parent = parents[level - 1], let why = skip(parent, marker) {
                    found.append(paragraph.finding(.numbering, range, why: why))
                }
            }
            last[level] = marker
            parents[level] = marker
        }
        return found
    }

    /// Why `marker` does not follow the heading numbered `previous` at its level (nil: the first).
    static func gap(_ marker: Marker, ordinal: Int, after previous: Int?) -> String? {
        guard let previous else {
            // 三是 may follow a paragraph that held 一是 and 二是 inline: only outline markers start lists.
            guard ordinal != 1, outline.contains(marker.kind) else { return nil }
            return "“\(marker.text)”是这一层的第一个标题，编号却不是从一开始"
        }
        if ordinal == previous { return "编号“\(marker.text)”与上一个标题重复" }
        if ordinal < previous { return "编号“\(marker.text)”排在第\(previous)个之后，顺序颠倒" }
        if ordinal > previous + 1 {
            let missing = ordinal - previous == 2 ? "第\(previous + 1)个" : "第\(previous + 1)至\(ordinal - 1)个"
            return "编号从第\(previous)个跳到“\(marker.text)”，缺了\(missing)"
        }
        return nil
    }

    /// Why a first child marked `child` under a heading marked `parent` skips a level, if it does.
    func skip(_ parent: Marker, _ child: Marker) -> String? {
        guard let outer = hierarchy.firstIndex(of: parent.kind), let inner = hierarchy.firstIndex(of: child.kind),
            inner > outer + 1
        else { return nil }
        let skipped = hierarchy[(outer + 1)..<inner].map(Self.example).joined(separator: "、")
        return "“\(parent.text)”之下直接用“\(child.text)”，跳过了\(skipped)这一层"
    }

    /// How a marker kind looks, for a finding.
    static func example(_ kind: MarkerKind) -> String {
        switch kind {
        case .chineseComma: "“一、”"
        case .chineseParen: "“（一）”"
        case .arabicDot: "“1.”"
        case .arabicParen: "“（1）”"
        default: "“\(kind.rawValue)”"
        }
    }
}
