/// Splits a text into plain and matched runs for `<mark>`: every occurrence of every query term.
enum Highlighter {
    static func segments(_ text: String, terms: [String]) -> [[String: Any]] {
        let characters = Array(text)
        var marked = [Bool](repeating: false, count: characters.count)
        for term in terms.map(Array.init) where !term.isEmpty && term.count <= characters.count {
            for start in 0...(characters.count - term.count) where Array(characters[start..<start + term.count]) == term
            {
                for index in start..<start + term.count { marked[index] = true }
            }
        }
        var segments: [[String: Any]] = []
        var start = 0
        while start < characters.count {
            var end = start
            while end < characters.count, marked[end] == marked[start] { end += 1 }
            segments.append(["text": String(characters[start..<end]), "mark": marked[start]])
            start = end
        }
        return segments
    }
}
