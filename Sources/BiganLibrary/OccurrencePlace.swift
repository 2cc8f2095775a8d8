/// Where an occurrence of a snippet stands among all occurrences: by the path of its file (its
/// UTF-8 bytes, as both engines compare them), then its speech's position in the file, then its
/// position in the speech.
///
/// A snippet shows its least occurrence (its text as written there, its heading path, its themes),
/// whatever order its files were imported in: an import that finds a snippet first seen in a later
/// place moves it here, so every library of the same files agrees, however many wrote it at once.
package struct OccurrencePlace: Comparable, Sendable {
    package var path: String
    package var speech: Int
    package var position: Int

    package init(path: String, speech: Int, position: Int) {
        self.path = path
        self.speech = speech
        self.position = position
    }

    package static func < (left: OccurrencePlace, right: OccurrencePlace) -> Bool {
        if !left.path.utf8.elementsEqual(right.path.utf8) {
            return left.path.utf8.lexicographicallyPrecedes(right.path.utf8)
        }
        return (left.speech, left.position) < (right.speech, right.position)
    }

    package static func == (left: OccurrencePlace, right: OccurrencePlace) -> Bool {
        left.path.utf8.elementsEqual(right.path.utf8) && left.speech == right.speech && left.position == right.position
    }
}
