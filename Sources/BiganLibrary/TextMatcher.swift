import BiganText

/// Finds where query terms occur in a text as written, comparing folded letters, digits and Han
/// characters only (so 服务 matches ｆｕｌｌ-width or differently punctuated writing too).
package struct TextMatcher {
    /// The folded searchable scalars of the text, each with the offset of the Character it came from.
    private var scalars: [Unicode.Scalar] = []
    private var owners: [Int] = []

    package init(_ text: String) {
        for (offset, character) in text.enumerated() {
            for scalar in TextFolding.fold(String(character)) where ScalarClass(scalar) != .separator {
                scalars.append(scalar)
                owners.append(offset)
            }
        }
    }

    /// Character-offset ranges of every occurrence of the searchable forms, merged and sorted.
    package func ranges(of searchableTerms: [String]) -> [Range<Int>] {
        var found: [Range<Int>] = []
        for term in searchableTerms {
            let needle = Array(term.unicodeScalars)
            guard !needle.isEmpty, needle.count <= scalars.count else { continue }
            var start = 0
            while start + needle.count <= scalars.count {
                if scalars[start] == needle[0], Array(scalars[start..<start + needle.count]) == needle {
                    found.append(owners[start]..<owners[start + needle.count - 1] + 1)
                    start += needle.count
                } else {
                    start += 1
                }
            }
        }
        return Self.merge(found)
    }

    static func merge(_ ranges: [Range<Int>]) -> [Range<Int>] {
        var merged: [Range<Int>] = []
        for range in ranges.sorted(by: { $0.lowerBound < $1.lowerBound }) {
            if let last = merged.last, range.lowerBound <= last.upperBound {
                merged[merged.count - 1] = last.lowerBound..<max(last.upperBound, range.upperBound)
            } else {
                merged.append(range)
            }
        }
        return merged
    }
}
