extension Theme {
    /// The built-in dark theme. Quotes, speakers, cues and bylines differ in attributes as
    /// well as colour, and the bars and selections use reverse video, so everything stays
    /// distinguishable on a monochrome terminal.
    public static let defaultDark = Theme(
        name: "default",
        styles: [
            .text: .plain,
            .title: Style(foreground: .named(.brightWhite), attributes: .bold),
            .byline: Style(foreground: .named(.magenta), attributes: .italic),
            .quote: Style(foreground: .named(.yellow), attributes: .bold),
            .quoteCurrent: Style(foreground: .named(.yellow), attributes: [.bold, .reverse]),
            .quoteFocus: Style(foreground: .named(.brightYellow), attributes: [.bold, .underline]),
            .speaker: Style(foreground: .named(.cyan), attributes: .underline),
            .cue: Style(foreground: .named(.green), attributes: .italic),
            .searchMatch: Style(foreground: .named(.black), background: .named(.cyan)),
            .searchCurrent: Style(foreground: .named(.black), background: .named(.brightCyan), attributes: .bold),
            .listItem: Style(foreground: .named(.brightBlack)),
            .listSelected: Style(foreground: .named(.cyan), attributes: [.bold, .reverse]),
            .listBookmarked: Style(foreground: .named(.yellow), attributes: .bold),
            .listRead: Style(attributes: .dim),
            .listUnread: Style(attributes: .bold),
            .separator: Style(foreground: .named(.brightBlack)),
            .status: Style(attributes: .reverse),
            .statusError: Style(foreground: .named(.red), attributes: [.bold, .reverse]),
            .help: Style(foreground: .named(.blue), attributes: .reverse),
            .position: Style(attributes: [.bold, .reverse]),
        ])
}
