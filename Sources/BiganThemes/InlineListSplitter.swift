import BiganText
import Foundation

/// Splits an inline list (第一，…；第二，…；第五，必须取得实际效果。) into its items, markers kept.
struct InlineListSplitter {
    /// The first marker must come within this many characters of the start.
    var leadLimit = 40
    /// Lists with a longer item are prose, not a set.
    var maximumItemLength = 160

    func items(in text: String) -> [String] {
        let characters = Array(text)
        var best: [String] = []
        for family in SetItemMarker.families {
            let items = items(of: family, in: characters)
            if items.count > best.count { best = items }
        }
        return best.count >= 2 ? best : []
    }

    private func items(of family: SetItemMarker.Family, in characters: [Character]) -> [String] {
        guard let first = SetItemMarker.find(family, 1, in: characters, from: 0), first <= leadLimit else { return [] }
        var starts = [first]
        while let next = SetItemMarker.find(family, starts.count + 1, in: characters, from: starts.last! + 1) {
            starts.append(next)
        }
        guard starts.count >= 2 else { return [] }
        var items: [String] = []
        for (position, start) in starts.enumerated() {
            let end = position + 1 < starts.count ? starts[position + 1] : sentenceEnd(characters, from: start)
            let item = clean(String(characters[start..<end]))
            guard item.count <= maximumItemLength else { return [] }
            items.append(item)
        }
        return items
    }

    private func sentenceEnd(_ characters: [Character], from start: Int) -> Int {
        guard let stop = characters[start...].firstIndex(where: { SentenceEnds.final.contains($0) }) else {
            return characters.count
        }
        return stop + 1
    }

    private func clean(_ item: String) -> String {
        var text = item.trimmingCharacters(in: .whitespacesAndNewlines)
        while let last = text.last, "；;，,、".contains(last) { text.removeLast() }
        return text
    }
}
