import Foundation

extension ReaderState {
    /// `|`: asks for the command to pipe the open article to, offering the last one.
    mutating func startPipe() -> [ReaderEffect] {
        guard article != nil else {
            status = StatusMessage("open an article first")
            return []
        }
        enter(.prompt(Prompt(purpose: .pipeCommand, text: pipeCommand ?? "")))
        return []
    }

    /// Pipes the open article, as Markdown, to `command`; an empty command does nothing.
    mutating func pipeArticle(to command: String) -> [ReaderEffect] {
        let command = command.trimmingCharacters(in: .whitespaces)
        guard !command.isEmpty, let markdown = articleMarkdown else { return [] }
        pipeCommand = command
        status = StatusMessage("piped the article to \(command)")
        return [.pipe(command: command, text: markdown)]
    }
}
