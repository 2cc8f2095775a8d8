import BiganThemes

/// A paragraph's annotation as a store keeps it: scope and function by name, facts as a JSON array
/// of `kind:text` strings (written without an encoder: an import writes one per paragraph).
package struct AnnotationRow: Sendable, Equatable {
    package var scope: String
    package var function: String
    package var facts: String

    package init(_ annotation: Annotation) {
        scope = annotation.scope.rawValue
        function = annotation.function.rawValue
        facts = JSONArrayText.encode(annotation.facts.map { "\($0.kind.rawValue):\($0.text)" })
    }

    /// The annotation stored as `scope`, `function` and `facts`; nil when the row was never annotated.
    package static func annotation(scope: String?, function: String?, facts: String?) -> Annotation? {
        guard let scope = scope.flatMap(Scope.init(rawValue:)) else { return nil }
        return Annotation(
            scope: scope, function: function.flatMap(ParagraphFunction.init(rawValue:)) ?? .other,
            facts: decodeFacts(facts))
    }

    /// The facts stored as `facts` (empty when the row was never annotated).
    package static func decodeFacts(_ stored: String?) -> [Fact] {
        JSONArrayText.decode(stored).compactMap { entry in
            guard let colon = entry.firstIndex(of: ":"), let kind = Fact.Kind(rawValue: String(entry[..<colon])) else {
                return nil
            }
            return Fact(kind, String(entry[entry.index(after: colon)...]))
        }
    }
}

extension Annotation {
    /// Writes the annotation as three keys of a JSON object (`scope`, `function`, `facts`), as
    /// CLI.md shows them on every snippet.
    package func encodeFields<Key: CodingKey>(
        into container: inout KeyedEncodingContainer<Key>, scope: Key, function: Key, facts: Key
    ) throws {
        try container.encode(self.scope, forKey: scope)
        try container.encode(self.function, forKey: function)
        try container.encode(self.facts, forKey: facts)
    }

    /// Reads the three keys back; nil when `scope` is absent.
    package static func decodeFields<Key: CodingKey>(
        _ container: KeyedDecodingContainer<Key>, scope: Key, function: Key, facts: Key
    ) throws -> Annotation? {
        guard let value = try container.decodeIfPresent(Scope.self, forKey: scope) else { return nil }
        return Annotation(
            scope: value, function: try container.decodeIfPresent(ParagraphFunction.self, forKey: function) ?? .other,
            facts: try container.decodeIfPresent([Fact].self, forKey: facts) ?? [])
    }
}
