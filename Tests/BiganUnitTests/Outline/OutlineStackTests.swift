import Testing

@testable import BiganOutline

@Suite struct OutlineStackTests {
    /// Feeds markers through a stack and returns the level each took (0 for rejected).
    func levels(_ markers: [String]) -> [Int] {
        var stack = OutlineStack()
        return markers.map { text in
            guard let marker = MarkerTable.marker(at: text[...]), let level = stack.level(for: marker) else { return 0 }
            stack.push(marker, level: level)
            return level
        }
    }

    @Test func levelsFollowTheOrderKindsAppearIn() {
        // 一、>一是 in one part and 一、>（一）>一是 in the next.
        #expect(levels(["一、甲", "一是乙", "二是丙", "二、丁", "（一）戊", "一是己", "（二）庚", "三、辛"]) == [1, 2, 2, 1, 2, 3, 2, 1])
    }

    @Test func aSectionMayStartWithADeeperKind() {
        #expect(levels(["第一、甲", "一要乙", "二要丙", "第二，丁", "一是戊"]) == [1, 2, 2, 1, 2])
    }

    @Test func outOfSequenceMarkersAreNotHeadings() {
        #expect(levels(["一、甲", "三是乙", "一是丙", "五是丁"]) == [1, 0, 2, 0])
    }

    @Test func aListMayRestartUnderTheSameParent() {
        #expect(levels(["一、甲", "一是乙", "二是丙", "一是丁"]) == [1, 2, 2, 2])
    }
}
