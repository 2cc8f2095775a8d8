import BiganText

/// Keeps a draft from saying the same thing twice: a text is refused when it shares a sentence or
/// clause of 12 or more Han characters with one already in the draft, or two clauses of 8 or
/// more (the same list of problems in other words around it), when its bigrams overlap one's by
/// half or more (Jaccard), or when its first sentence overlaps one's by `sameLead` (the same idea
/// opened in other words).
struct SimilarityGuard: Sendable {
    static let longClause = 12
    static let shortClause = 8
    static let jaccard = 0.5
    static let sameLead = 0.4

    private var used: [Set<Bigram>] = []
    private var leads: [Set<Bigram>] = []
    private var clauses: Set<String> = []

    /// Whether `text` says nothing the draft already says.
    func isFresh(_ text: String) -> Bool {
        let shared = Self.clauses(of: text).filter(clauses.contains)
        if shared.contains(where: { $0.count >= Self.longClause }) || shared.count >= 2 { return false }
        let bigrams = Bigrams.of(text)
        if used.contains(where: { Bigrams.similarity($0, bigrams) >= Self.jaccard }) { return false }
        let lead = Self.lead(of: text)
        return lead.count < 6 || !leads.contains { Bigrams.similarity($0, lead) >= Self.sameLead }
    }

    mutating func use(_ text: String) {
        used.append(Bigrams.of(text))
        leads.append(Self.lead(of: text))
        clauses.formUnion(Self.clauses(of: text))
    }

    /// The bigrams of the first sentence, common words left out.
    static func lead(of text: String) -> Set<Bigram> {
        Bigrams.of(String(text.prefix { !SentenceEnds.final.contains($0) })).subtracting(Bigrams.common)
    }

    /// The Han characters of each clause of `text` (between any two punctuation marks) that has at
    /// least `shortClause` of them; a whole sentence counts as a clause too.
    static func clauses(of text: String) -> Set<String> {
        var found: Set<String> = []
        var clause = String.UnicodeScalarView()
        var sentence = String.UnicodeScalarView()
        for character in text {
            if let scalar = character.unicodeScalars.first, Han.contains(scalar) {
                clause.append(scalar)
                sentence.append(scalar)
                continue
            }
            // The enumeration comma joins the items of one clause (普惠性、基础性、兜底性).
            guard character != "、",
                SentenceEnds.clauseMarks.contains(character) || SentenceEnds.marks.contains(character)
            else { continue }
            if clause.count >= shortClause { found.insert(String(clause)) }
            clause = String.UnicodeScalarView()
            if SentenceEnds.marks.contains(character) {
                if sentence.count >= longClause { found.insert(String(sentence)) }
                sentence = String.UnicodeScalarView()
            }
        }
        if clause.count >= shortClause { found.insert(String(clause)) }
        if sentence.count >= longClause { found.insert(String(sentence)) }
        return found
    }
}
