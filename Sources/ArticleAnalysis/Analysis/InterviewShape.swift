/// The question-and-answer shape of an interview: paragraphs that ask a question, each followed
/// by a paragraph that opens with a quotation (or a dialogue dash) and names no speaker.
///
/// An answer is that quotation; a text is an interview when it has at least `leastAnswers`.
/// The interviewee is the person a label names at the start of the headline (`Name: «…»`),
/// else the first person the text names outside its headline, bylines and quotations.
struct InterviewShape {
    /// The indices of the pieces that answer a question.
    let answers: Set<Int>
    /// The mention of the interviewee, in tokens, when the text is an interview.
    let subject: ClosedRange<Int>?

    /// The fewest answers that make a text an interview rather than an article with a
    /// rhetorical question.
    static let leastAnswers = 2

    /// Reads the shape of `text`, whose pieces have the attributions `attributions` (by piece)
    /// and whose headline ends at token `headlineEnd` (-1 for none).
    init(text: TokenText, pieces: [QuoteFinder.Piece], attributions: [Int?], headlineEnd: Int) {
        var answers: Set<Int> = []
        for (index, piece) in pieces.enumerated()
        where attributions[index] == nil && !piece.continuesPrevious
            && Self.answersQuestion(piece.firstToken, in: text)
        {
            answers.insert(index)
        }
        guard answers.count >= Self.leastAnswers else {
            self.answers = []
            subject = nil
            return
        }
        self.answers = answers
        subject = Self.subject(of: text, pieces: pieces, headlineEnd: headlineEnd)
    }

    /// Whether the quotation opening at `first` starts a paragraph, alone or after an answer
    /// label ("R.", "A:", "Antwort:"), right after one that asks a question: ends with a question
    /// mark, and does not open with a quotation itself; or opens with a doubled dash, which
    /// marks the interviewer's turn whatever its end ("――優勝が決まった瞬間の気持ちは。").
    static func answersQuestion(_ first: Int, in text: TokenText) -> Bool {
        var start = first
        if start >= 3, text.tokens[start - 1].isPunctuation(".") || text.tokens[start - 1].isPunctuation(":"),
            isLabel(start - 2, in: text)
        {
            start -= 2
        }
        guard start >= 2, text.tokens[start - 1].kind == .lineBreak else { return false }
        var question = start - 2
        while question > 0, text.tokens[question - 1].kind != .lineBreak { question -= 1 }
        let opening = text.tokens[question]
        if opening.isLongDash, question + 1 < start - 1, text.tokens[question + 1].isLongDash,
            text.tokens[question + 1].byteStart == opening.byteEnd
        {
            return true
        }
        let asked = text.tokens[start - 2]
        guard asked.isPunctuation("?") || asked.isPunctuation("\u{FF1F}") else { return false }
        return opening.kind != .quoteMark && !opening.isLongDash
    }

    /// Whether the word at `index` labels a turn of an interview: one letter ("Q", "R") or a
    /// label word of the lexicon ("Antwort", "Pregunta").
    static func isLabel(_ index: Int, in text: TokenText) -> Bool {
        let token = text.tokens[index]
        return token.kind == .word && (token.end - token.start == 1 || text.isWord(index, .pageLabel))
    }

    /// The interviewee: the name a headline label gives, else the first name of two words or
    /// more outside the headline, the bylines and the quotations.
    static func subject(of text: TokenText, pieces: [QuoteFinder.Piece], headlineEnd: Int) -> ClosedRange<Int>? {
        let tokens = text.tokens
        var label = 0
        while text.isNameWord(label) { label += 1 }
        if label >= 2, label < tokens.count, tokens[label].isPunctuation(":") { return 0...(label - 1) }
        var index = headlineEnd + 1
        var piece = 0
        while index + 1 < tokens.count {
            if index == 0 || tokens[index - 1].kind == .lineBreak,
                tokens[index].kind == .word, BylineFinder.openerKeys.contains(tokens[index].key)
            {
                while index < tokens.count, tokens[index].kind != .lineBreak { index += 1 }
                continue
            }
            while piece < pieces.count, pieces[piece].lastToken < index { piece += 1 }
            if piece < pieces.count, pieces[piece].firstToken <= index {
                index = pieces[piece].lastToken + 1
                continue
            }
            if text.isNameWord(index), text.isNameWord(index + 1) {
                var last = index + 1
                while text.isNameWord(last + 1) { last += 1 }
                return index...last
            }
            index += 1
        }
        return nil
    }
}
