import ReaderCore
import Testing

/// Editing the status-line prompt, a pure value.
@Suite("Prompt editing")
struct PromptTests {
    private func typed(_ text: String, purpose: PromptPurpose = .archiveSearch) -> Prompt {
        var prompt = Prompt(purpose: purpose)
        for character in text { _ = prompt.edit(.character(character), history: []) }
        return prompt
    }

    @Test("characters insert at the cursor; Left, Right and Backspace edit in the middle")
    func insertAndDelete() {
        var prompt = typed("harbr")
        #expect(prompt.edit(.left, history: []) == .unchanged)
        #expect(prompt.edit(.character("o"), history: []) == .changed)
        #expect(prompt.string == "harbor")
        #expect(prompt.cursor == 5)
        _ = prompt.edit(.right, history: [])
        _ = prompt.edit(.right, history: [])
        #expect(prompt.cursor == 6)
        #expect(prompt.edit(.backspace, history: []) == .changed)
        #expect(prompt.string == "harbo")
        _ = prompt.edit(.home, history: [])
        #expect(prompt.edit(.backspace, history: []) == .unchanged)
    }

    @Test("C-w deletes the word before the cursor, C-u everything before it")
    func wordAndLineDeletion() {
        var prompt = typed("port  pilots strike")
        #expect(prompt.edit(.control("w"), history: []) == .changed)
        #expect(prompt.string == "port  pilots ")
        _ = prompt.edit(.control("w"), history: [])
        #expect(prompt.string == "port  ")
        _ = prompt.edit(.left, history: [])
        #expect(prompt.edit(.control("u"), history: []) == .changed)
        #expect(prompt.string == " ")
        #expect(prompt.cursor == 0)
    }

    @Test("Up and Down browse the history, newest first, then come back to what was typed")
    func history() {
        let history = ["fog", "tide tables"]
        var prompt = typed("pil")
        #expect(prompt.edit(.up, history: history) == .changed)
        #expect(prompt.string == "tide tables")
        _ = prompt.edit(.up, history: history)
        #expect(prompt.string == "fog")
        _ = prompt.edit(.up, history: history)
        #expect(prompt.string == "fog")
        _ = prompt.edit(.down, history: history)
        #expect(prompt.string == "tide tables")
        _ = prompt.edit(.down, history: history)
        #expect(prompt.string == "pil")
        #expect(prompt.edit(.down, history: history) == .unchanged)
        var note = Prompt(purpose: .bookmarkNote(articleID: 1), text: "keep")
        #expect(note.edit(.up, history: history) == .unchanged)
        #expect(note.string == "keep")
    }

    @Test("C-r switches an article search to regex mode and the label says so; Enter and Esc finish")
    func regexToggleAndFinish() {
        var prompt = Prompt(purpose: .articleSearch(origin: 0, previous: nil))
        #expect(prompt.label == "/")
        #expect(prompt.edit(.control("r"), history: []) == .changed)
        #expect(prompt.isRegex)
        #expect(prompt.label == "regex /")
        var archive = Prompt(purpose: .archiveSearch)
        #expect(archive.edit(.control("r"), history: []) == .unchanged)
        #expect(!archive.isRegex)
        #expect(archive.edit(.enter, history: []) == .confirmed)
        #expect(archive.edit(.escape, history: []) == .cancelled)
    }
}
