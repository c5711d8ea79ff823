import ReaderCore
import Testing

/// The action table and the keymap made from it.
@Suite("Keymap")
struct KeymapTests {
    @Test("every default key name parses and names itself back")
    func names() {
        for action in Action.allCases {
            for name in action.declaration.keys {
                let key = Key(name: name)
                #expect(key != nil, "\(name) of \(action)")
                #expect(key?.name == name)
            }
        }
        #expect(Key(name: "C-x") == .control("x"))
        #expect(Key(name: "F5") == .function(5))
        #expect(Key(name: "Ctrl-Nope") == nil)
        #expect(Key(name: "") == nil)
    }

    @Test("no key is bound to two actions by default")
    func noConflicts() {
        let names = Action.allCases.flatMap(\.declaration.keys)
        #expect(Set(names).count == names.count)
        #expect(Keymap.standard.bindings.count == names.count)
    }

    @Test("the issue's keys do what it says")
    func issueKeys() {
        let expected: [(String, Action)] = [
            ("j", .moveDown), ("Down", .moveDown), ("k", .moveUp), ("Enter", .open), ("l", .open), ("Right", .open),
            ("h", .back), ("Left", .back), ("Esc", .back), ("Tab", .switchPane), ("Space", .pageDown),
            ("PageDown", .pageDown), ("PageUp", .pageUp), ("C-d", .halfPageDown), ("C-u", .halfPageUp),
            ("g", .top), ("G", .bottom), ("Home", .top), ("End", .bottom), ("J", .nextArticle),
            ("K", .previousArticle), ("]", .nextQuote), ("[", .previousQuote), ("?", .help), ("q", .quitOrBack),
            ("Q", .quit),
        ]
        for (name, action) in expected {
            #expect(Keymap.standard.action(for: Key(name: name)!) == action, "\(name)")
        }
    }

    @Test("rebinding replaces a key's action and the help lists the new key")
    func rebinding() {
        var keymap = Keymap.standard
        keymap.bind(.character("n"), to: .nextQuote)
        #expect(keymap.action(for: .character("n")) == .nextQuote)
        #expect(keymap.keys(for: .nextQuote) == [.character("]"), .character("n")])
        keymap.bind(.character("]"), to: .quit)
        #expect(keymap.keys(for: .nextQuote) == [.character("n")])
    }
}
