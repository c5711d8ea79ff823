/// One row of the views list: a view with the number of its articles not read yet.
public struct ViewCount: Equatable, Hashable, Sendable {
    public var view: NamedView
    public var unread: Int

    public init(view: NamedView, unread: Int) {
        self.view = view
        self.unread = unread
    }
}
