import Testing

@testable import ReaderCore

/// Reading theme files: every value form, inheritance, fallbacks, and every error with its line.
@Suite("Theme files")
struct ThemeFileTests {
    private func definition(_ text: String, name: String = "sample") throws(ConfigFileError) -> ThemeDefinition {
        try ThemeDefinition(name: name, text: text, file: "\(name).toml")
    }

    /// The error reading `text` gives, or `nil` when it reads.
    private func error(_ text: String) -> ConfigFileError? {
        do {
            _ = try ThemeCatalog.bundled.theme(from: try definition(text))
            return nil
        } catch {
            return error
        }
    }

    @Test("the sixteen names, default, 0-255 and #rrggbb are colours")
    func colorForms() throws {
        for name in ColorName.allCases {
            let read = try definition("[quote]\nfg = \"\(name.rawValue)\"\n")
            #expect(read.specs[.quote]?.foreground == .named(name))
        }
        let read = try definition(
            """
            [text]
            fg = "default"
            bg = 0
            [quote]
            fg = 255
            bg = "#1A2b3c"
            [cue]
            fg = "Bright_Red"
            """)
        #expect(read.specs[.text] == StyleSpec(foreground: .standard, background: .indexed(0)))
        #expect(
            read.specs[.quote] == StyleSpec(foreground: .indexed(255), background: .rgb(red: 26, green: 43, blue: 60)))
        #expect(read.specs[.cue]?.foreground == .named(.brightRed))
    }

    @Test("attributes are an array of names; an empty table states plain")
    func attributes() throws {
        let read = try definition(
            """
            [speaker]
            attributes = ["bold", "italic", "underline", "reverse", "dim"]
            [quote]
            attributes = "italic"
            [text]
            """)
        #expect(read.specs[.speaker]?.attributes == [.bold, .italic, .underline, .reverse, .dim])
        #expect(read.specs[.quote]?.attributes == .italic)
        let theme = try ThemeCatalog.bundled.theme(from: read)
        #expect(theme.style(for: .text) == .plain)
    }

    @Test("description and inherit are read")
    func topLevel() throws {
        let read = try definition("description = \"calm\"\ninherit = \"light\"\n")
        #expect(read.description == "calm")
        #expect(read.parent == "light")
        #expect(read.parentLine == 2)
    }

    @Test("a theme inherits unstated roles and fields from its parent")
    func inheritance() throws {
        let light = try ThemeCatalog.bundled.theme(named: "light")
        let child = try ThemeCatalog.bundled.theme(
            from: try definition("inherit = \"light\"\n[quote]\nfg = \"red\"\n"))
        #expect(child.style(for: .quote).foreground == .named(.red))
        #expect(child.style(for: .quote).attributes == light.style(for: .quote).attributes)
        #expect(child.style(for: .speaker) == light.style(for: .speaker))
        #expect(child.style(for: .status) == light.style(for: .status))
        #expect(child.name == "sample")
    }

    @Test("without a parent, left-out roles fall back to another role plus attributes")
    func fallbacks() throws {
        let theme = try ThemeCatalog.bundled.theme(
            from: try definition("[text]\nfg = \"white\"\nbg = \"blue\"\n[quote]\nfg = \"yellow\"\n"))
        #expect(theme.style(for: .quote) == Style(foreground: .named(.yellow)))
        #expect(theme.style(for: .quoteCurrent) == Style(foreground: .named(.yellow), attributes: .reverse))
        #expect(
            theme.style(for: .speaker)
                == Style(foreground: .named(.white), background: .named(.blue), attributes: .bold))
        #expect(theme.style(for: .status).attributes == .reverse)
        #expect(theme.style(for: .statusError).attributes == [.reverse, .bold])
        for role in Role.allCases where role != .text {
            var seen: Set<Role> = [role]
            var next = role.fallback?.role
            while let current = next {
                #expect(seen.insert(current).inserted, "fallbacks of \(role) go round in a circle")
                next = current.fallback?.role
            }
            #expect(seen.contains(.text), "\(role) does not fall back to text")
        }
    }

    @Test("an unknown role names the file and line")
    func unknownRole() {
        let found = error("description = \"x\"\n\n[quot]\nfg = \"red\"\n")
        #expect(found == ConfigFileError(file: "sample.toml", line: 3, problem: .unknownRole("quot")))
        #expect(found?.description == "sample.toml:3: unknown role 'quot'")
        let inline = error("quote = { fg = \"red\" }\nspeakr = { fg = \"red\" }\n")
        #expect(inline?.line == 2)
        #expect(inline?.problem == .unknownRole("speakr"))
    }

    @Test(
        "bad colours name their line",
        arguments: [
            ("fg = \"purple\"", "purple"), ("fg = 256", "256"), ("fg = -1", "-1"), ("fg = \"#12345\"", "#12345"),
            ("fg = \"#12345g\"", "#12345g"), ("bg = \"\"", ""),
        ])
    func badColor(line: String, value: String) {
        let found = error("[text]\nfg = \"default\"\n[quote]\nattributes = [\"bold\"]\n\(line)\n")
        #expect(found == ConfigFileError(file: "sample.toml", line: 5, problem: .badColor(value)))
    }

    @Test("a colour of the wrong kind is a bad colour")
    func colorOfWrongKind() {
        #expect(error("[quote]\nfg = true\n")?.line == 2)
        #expect(error("[quote]\nfg = true\n").map { "\($0.problem)" }?.contains("badColor") == true)
    }

    @Test("unknown attributes and fields, and values of the wrong kind, name their line")
    func otherErrors() {
        #expect(
            error("[quote]\nattributes = [\n  \"bold\",\n  \"blink\",\n]\n")
                == ConfigFileError(file: "sample.toml", line: 4, problem: .unknownAttribute("blink")))
        #expect(
            error("[quote]\nfg = \"red\"\nfgg = \"red\"\n")
                == ConfigFileError(file: "sample.toml", line: 3, problem: .unknownStyleField("fgg")))
        #expect(
            error("quote = \"red\"\n")
                == ConfigFileError(file: "sample.toml", line: 1, problem: .wrongType(key: "quote", expected: "a table"))
        )
        #expect(
            error("inherit = 3\n")
                == ConfigFileError(
                    file: "sample.toml", line: 1, problem: .wrongType(key: "inherit", expected: "a string")))
        #expect(error("[quote]\nattributes = [1]\n")?.line == 2)
    }

    @Test("broken TOML gives the parser's line")
    func syntax() {
        let found = error("[quote]\nfg = \"red\"\nbg = \"blue\n")
        #expect(found?.line == 3)
        guard case .syntax = found?.problem else {
            Issue.record("expected a syntax error, got \(String(describing: found))")
            return
        }
        #expect(error("[quote\n")?.line == 1)
    }

    @Test("an unknown parent and inheritance in a circle are errors at the inherit line")
    func inheritErrors() {
        #expect(
            error("description = \"x\"\ninherit = \"nope\"\n")
                == ConfigFileError(file: "sample.toml", line: 2, problem: .unknownTheme("nope")))
        let catalog = ThemeCatalog(userThemes: [
            .init(name: "a", text: "inherit = \"b\"\n", file: "a.toml", isBundled: false),
            .init(name: "b", text: "\ninherit = \"a\"\n", file: "b.toml", isBundled: false),
            .init(name: "c", text: "inherit = \"c\"\n", file: "c.toml", isBundled: false),
        ])
        #expect(throws: ConfigFileError(file: "b.toml", line: 2, problem: .inheritanceCycle(["a", "b", "a"]))) {
            try catalog.theme(named: "a")
        }
        #expect(throws: ConfigFileError(file: "c.toml", line: 1, problem: .inheritanceCycle(["c", "c"]))) {
            try catalog.theme(named: "c")
        }
        #expect(throws: ConfigFileError(file: nil, line: nil, problem: .unknownTheme("zz"))) {
            try catalog.theme(named: "zz")
        }
    }

    @Test("the first mistake in the file is the one reported")
    func firstMistake() {
        let found = error("[zeta]\nfg = \"red\"\n[alpha]\nfg = \"red\"\n")
        #expect(found?.problem == .unknownRole("zeta"))
        #expect(found?.line == 1)
    }

    @Test("a user theme replaces a bundled theme of the same name; an unreadable one is an error")
    func userThemes() throws {
        let catalog = ThemeCatalog(userThemes: [
            .init(name: "light", text: "[quote]\nfg = \"green\"\n", file: "/u/light.toml", isBundled: false),
            .init(name: "gone", text: nil, file: "/u/gone.toml", isBundled: false),
        ])
        #expect(catalog.names.filter { $0 == "light" }.count == 1)
        #expect(try catalog.theme(named: "light").style(for: .quote).foreground == .named(.green))
        #expect(throws: ConfigFileError(file: "/u/gone.toml", line: nil, problem: .unreadable)) {
            try catalog.theme(named: "gone")
        }
        let (cycle, errors) = catalog.cycle(startingAt: try catalog.theme(named: "light"))
        #expect(cycle.current.name == "light")
        #expect(errors.map(\.file) == ["/u/gone.toml"])
        #expect(cycle.themes.map(\.name) == catalog.names.filter { $0 != "gone" })
    }

    @Test(
        "the cycle reads bundled themes when shown, and each as the catalog would; a replaced parent is read at once")
    func lazyBundledThemes() throws {
        let catalog = ThemeCatalog(userThemes: [
            .init(
                name: "mine", text: "inherit = \"dusk\"\n[quote]\nfg = \"green\"\n", file: "/u/mine.toml",
                isBundled: false)
        ])
        let (cycle, errors) = catalog.cycle(startingAt: try catalog.theme(named: "light"))
        #expect(errors.isEmpty)
        #expect(cycle.current.name == "light")
        #expect(cycle.count == catalog.names.count)
        let read = try catalog.names.map { name throws(ConfigFileError) in try catalog.resolvedTheme(named: name) }
        #expect(cycle.themes == read)
        var stepped = cycle
        for _ in 0..<cycle.count { stepped.advance() }
        #expect(stepped == cycle)

        // A user's `default` that does not load takes `dusk`, which inherits it, out of the
        // cycle at start, as before.
        let broken = ThemeCatalog(userThemes: [
            .init(name: "default", text: "[nonsense]\n", file: "/u/default.toml", isBundled: false)
        ])
        let (brokenCycle, brokenErrors) = broken.cycle(startingAt: try broken.theme(named: "light"))
        #expect(brokenErrors.map(\.file) == ["/u/default.toml", "/u/default.toml"])
        #expect(!brokenCycle.themes.map(\.name).contains("dusk"))
    }
}
