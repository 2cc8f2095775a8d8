import Hummingbird

extension Request {
    /// A query parameter, trimmed; nil when absent or empty.
    func text(_ name: String) -> String? {
        guard let value = uri.queryParameters.get(name)?.trimmingCharacters(in: .whitespacesAndNewlines),
            !value.isEmpty
        else { return nil }
        return value
    }

    /// An integer query parameter, `fallback` when absent; refused when not a number.
    func integer(_ name: String, or fallback: Int) throws -> Int {
        guard let value = text(name) else { return fallback }
        guard let number = Int(value) else { throw ServerError.badRequest("参数 \(name) 须是整数，收到“\(value)”") }
        return number
    }
}
