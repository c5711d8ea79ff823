import ArchiveStore

extension ReaderState {
    /// `v`: opens the views list in the list pane (again from the start when it is open), the
    /// row of the view shown selected once the counts arrive.
    mutating func openViews() -> [ReaderEffect] {
        focusListPane()
        removeModes { $0.viewsList != nil }
        enter(.views(ViewsList()))
        return [.countViews(ViewsList.choices(preferences.views))]
    }

    /// An action while the views list has the keys: move, show the selected view, close.
    mutating func performInViews(_ action: Action, _ list: ViewsList) -> [ReaderEffect] {
        if let effects = performInIndexPane(action) { return effects }
        var list = list
        switch action {
        case .open:
            return showView(list.views.selectedRow?.view)
        case .back, .quitOrBack, .views:
            leaveMode()
            return []
        default:
            guard move(&list.views, by: action) else { return [] }
            replaceMode(with: .views(list))
            return []
        }
    }

    /// Enter in the views list: the list of the articles `view` keeps, its name on the status
    /// line.
    private mutating func showView(_ view: NamedView?) -> [ReaderEffect] {
        guard let view else { return [] }
        removeModes { $0.viewsList != nil }
        let effects = show(view.filter)
        if !view.filter.isEmpty { status = StatusMessage("view \(view.name): \(view.filter.expression)") }
        return effects
    }

    /// Takes in the views with their unread counts, selecting the one the list shows.
    mutating func receiveViews(_ counts: [ViewCount]) {
        let selected = counts.firstIndex { $0.view.filter == activeView?.filter } ?? 0
        let height = max(1, listHeight - SpeakerIndex.headerLines)
        updateTopmost(\.viewsList) { list in
            list.views = PagedRows()
            list.views.receive(counts, offset: 0)
            _ = list.views.move(by: selected, height: height)
        }
    }

    /// The view of `config.toml` whose filter the list shows, if any: the status line names it.
    var activeView: NamedView? {
        list.filter.isEmpty ? nil : preferences.views.first { $0.filter == list.filter }
    }
}
