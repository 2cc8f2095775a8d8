/// A failure of the benchmark itself (a missing binary, a child that failed).
struct BenchError: Error, CustomStringConvertible {
    var description: String

    init(_ description: String) {
        self.description = description
    }
}
