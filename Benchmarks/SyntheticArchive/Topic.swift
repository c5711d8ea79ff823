/// A news beat: the words its headlines and sentences are made of.
///
/// All names and places in the synthetic archive are invented for it.
public struct Topic: Sendable {
    /// Short name of the beat, e.g. `transport`.
    public let name: String
    /// Things the story is about (`rail strike`, `fare rise`).
    public let subjects: [String]
    /// Organisations that act or comment (`the transport ministry`).
    public let organisations: [String]
    /// Titles of people quoted (`union leader`).
    public let roles: [String]
    /// Verbs in the past tense for what happened (`delayed`, `approved`).
    public let actions: [String]
    /// Things people say about it, as quote fragments.
    public let remarks: [String]
}
