import Foundation

/// What one fetch of a subscription's feed leaves on the subscription (see
/// `Archive.record(_:subscriptionID:)`).
public struct FeedFetchRecord: Equatable, Sendable {
    /// When the fetch ended.
    public var at: Date
    /// `nil` for a success; else the failure in the user's words.
    public var error: String?
    /// The address a permanent redirect pointed to, which replaces the stored one.
    public var movedTo: String?
    /// Validators of a complete answer; `nil` keeps the stored ones (a 304, or a failure).
    public var validators: FeedValidators?
    /// When the server allows the next request (`Retry-After`), if it said.
    public var nextAllowedAt: Date?
    /// The feed's own title: it names a subscription that has no title yet.
    public var feedTitle: String?

    public init(
        at: Date, error: String? = nil, movedTo: String? = nil, validators: FeedValidators? = nil,
        nextAllowedAt: Date? = nil
    ) {
        self.at = at
        self.error = error
        self.movedTo = movedTo
        self.validators = validators
        self.nextAllowedAt = nextAllowedAt
    }
}
