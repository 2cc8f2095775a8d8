/// Removes site boilerplate and web chrome from source lines and repairs destroyed quotes.
public struct PageCleaner: Sendable {
    public init() {}

    public func clean(_ lines: [SourceLine]) -> [SourceLine] {
        lines
    }
}
