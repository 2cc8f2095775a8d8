@testable import BiganOutline

/// Speeches built by hand in the shape the outline parser gives the seed's first two speeches
/// (ASCII punctuation as the seed writes it), for the parallel-set tests.
enum SetFixtureSpeeches {
    static func heading(_ level: Int, _ marker: String, _ text: String, _ line: Int) -> Block {
        Block(type: .heading, level: level, marker: marker, text: text, part: .body, line: line)
    }

    static func paragraph(_ text: String, _ line: Int) -> Block {
        Block(type: .paragraph, text: text, part: .body, line: line)
    }

    static let spirits = ["一是认真负责的精神。", "二是无私奉献的精神。", "三是团结协作的精神。", "四是开拓创新的精神。"]
    static let abilities = ["一是要提高政治素质和业务能力。", "二是要提高调查研究能力。", "三是要提高组织协调能力。", "四是要提高分析综合的能力。"]
    static let styles = ["一是求真务实的作风。", "二是雷厉风行的作风。", "三是艰苦奋斗的作风。", "四是争创一流的作风。"]
    static let combinations = [
        "一是要把全面推行政务公开与进一步转变政府职能有机结合起来。", "二是把全面推行政务公开与进一步推进依法行政有机结合起来。",
        "三是把全面推行政务公开与构建教育、制度、监督并重的惩治和预防腐败体系有机结合起来。",
        "四是把全面推行政务公开与继续深化机关内部各项改革有机结合起来。",
    ]
    static let musts =
        "第一,凡是与群众利益密切相关的,必须公开;第二,凡是涉及行政许可的,必须公开;第三,凡是需要人人遵守的,必须公开;第四,凡是需要社会监督的,必须公开;第五,必须取得实际效果。同志们一定要真抓实抓,明年要有实质性动作,取得显著成效。"

    /// 四种精神, 四种能力, 四种作风 under 三、 of speech 1, each item followed by its paragraph.
    static func speechOne(labelColon: String = ":") -> Speech {
        var blocks = [
            Block(type: .salutation, text: "同志们:", part: .opening, line: 59),
            heading(1, "三、", "三、要切实加强干部队伍思想作风建设,为创造一流业绩提供坚强保障", 245),
            paragraph("干部队伍的素质决定着办公室工作的质量和效率。尤其要注意树立“四种精神”,增强“四种能力”,弘扬“四种作风”。", 247),
        ]
        var line = 253
        for (label, items) in [("四种精神", spirits), ("四种能力", abilities), ("四种作风", styles)] {
            blocks.append(heading(2, label + labelColon, label + labelColon, line))
            for item in items {
                blocks.append(heading(3, String(item.prefix(2)), item, line + 2))
                blocks.append(paragraph("办公室工作无小事,都要坚持严谨细致,一丝不苟。", line + 4))
                line += 6
            }
        }
        blocks.append(Block(type: .paragraph, text: "同志们,办公室工作使命光荣,任务艰巨。", part: .closing, line: 337))
        return Speech(title: "政务总结会上的讲话材料篇1", blocks: blocks)
    }

    /// 五个必须 as an inline list, 四个结合 and 四个关系 with item headings: speech 2.
    static func speechTwo(mustsBlocks: [Block]? = nil) -> Speech {
        var blocks = [heading(1, "一、", "一、在推行政务公开工作中要牢记“五个必须”", 359)]
        blocks += mustsBlocks ?? [paragraph(musts, 361)]
        blocks.append(heading(1, "二、", "二、在推行政务公开工作中要处理好“四个结合”", 365))
        for (offset, item) in combinations.enumerated() {
            blocks.append(heading(2, String(item.prefix(2)), item, 367 + offset * 6))
            blocks.append(paragraph("要结合政务公开,进一步保障群众的知情权、参与权、监督权。", 369 + offset * 6))
        }
        blocks.append(heading(1, "三、", "三、在推行政务公开工作中要把握好四个关系", 401))
        for (offset, item) in ["一是继承与创新的关系。", "二是长远与当前的关系。", "三是对内公开与对外公开的关系。", "四是公开与保密的关系。"].enumerated() {
            blocks.append(heading(2, String(item.prefix(2)), item, 403 + offset * 8))
            blocks.append(paragraph("政务公开作为政府施政的一项基本工作制度,不断面临新任务、新要求。", 405 + offset * 8))
        }
        return Speech(title: "政务总结会上的讲话材料篇2", blocks: blocks)
    }
}
