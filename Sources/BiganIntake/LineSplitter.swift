/// Splits decoded text into physical lines at CRLF, CR or LF, keeping leading indentation and
/// dropping trailing white space (and, when asked, stray control characters other than tab).
struct LineSplitter: Sendable {
    var dropControls = false

    func split(_ text: String) -> [SourceLine] {
        var text = text
        text.makeContiguousUTF8()
        return text.utf8.withContiguousStorageIfAvailable { split(bytes: $0) } ?? []
    }

    private func split(bytes: UnsafeBufferPointer<UInt8>) -> [SourceLine] {
        var lines: [SourceLine] = []
        var start = 0
        var index = 0
        let count = bytes.count
        while index < count {
            let byte = bytes[index]
            guard byte == 0x0A || byte == 0x0D else {
                index += 1
                continue
            }
            lines.append(SourceLine(number: lines.count + 1, text: line(bytes, start, index)))
            index += byte == 0x0D && index + 1 < count && bytes[index + 1] == 0x0A ? 2 : 1
            start = index
        }
        if start < count {
            lines.append(SourceLine(number: lines.count + 1, text: line(bytes, start, count)))
        }
        return lines
    }

    private func line(_ bytes: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int) -> String {
        let trimmedEnd = TrailingSpace.end(of: bytes, from: start, to: end)
        let slice = UnsafeBufferPointer(rebasing: bytes[start..<trimmedEnd])
        guard dropControls, slice.contains(where: Self.isControl) else {
            return String(decoding: slice, as: UTF8.self)
        }
        return String(decoding: slice.filter { !Self.isControl($0) }, as: UTF8.self)
    }

    private static func isControl(_ byte: UInt8) -> Bool {
        (byte < 0x20 && byte != 0x09) || byte == 0x7F
    }
}
