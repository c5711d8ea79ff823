import Foundation

/// Keeps the folded form of a text that the last search made, for the next keystrokes.
///
/// A memo: a form is a function of the text and the folding, so making it on demand leaves
/// every match the same. One form at a time, so a long article costs one.
final class FoldedTextCache: @unchecked Sendable {
    private let lock = NSLock()
    // Guarded by `lock`.
    private var kept: (folding: SearchFolding, form: FoldedText)?

    /// `text` in `folding`, made now unless it is the form kept.
    func form(_ folding: SearchFolding, of text: String) -> FoldedText {
        lock.lock()
        defer { lock.unlock() }
        if let kept, kept.folding == folding { return kept.form }
        kept = nil
        let form = FoldedText(text, folding: folding)
        kept = (folding, form)
        return form
    }
}
