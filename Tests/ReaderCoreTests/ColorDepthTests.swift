import ReaderCore
import Testing

/// Choosing the colour depth, and each colour's nearest on shallower terminals.
@Suite("Colour depth")
struct ColorDepthTests {
    @Test("NO_COLOR, TERM=dumb and no colours mean monochrome")
    func monochrome() {
        #expect(ColorDepth.detect(environment: ["NO_COLOR": ""], colors: 256, canChangeColor: true) == .monochrome)
        #expect(
            ColorDepth.detect(
                environment: ["NO_COLOR": "1", "COLORTERM": "truecolor"], colors: 1 << 24, canChangeColor: true)
                == .monochrome)
        #expect(ColorDepth.detect(environment: ["TERM": "dumb"], colors: 8, canChangeColor: false) == .monochrome)
        #expect(ColorDepth.detect(environment: [:], colors: 0, canChangeColor: false) == .monochrome)
        #expect(ColorDepth.detect(environment: [:], colors: 2, canChangeColor: false) == .monochrome)
    }

    @Test("truecolour needs COLORTERM and a terminal that can show it")
    func truecolor() {
        let env = ["COLORTERM": "truecolor"]
        #expect(ColorDepth.detect(environment: env, colors: 1 << 24, canChangeColor: false) == .truecolor)
        #expect(ColorDepth.detect(environment: ["COLORTERM": "24bit"], colors: 256, canChangeColor: true) == .truecolor)
        #expect(ColorDepth.detect(environment: env, colors: 256, canChangeColor: false) == .palette256)
        #expect(ColorDepth.detect(environment: [:], colors: 1 << 24, canChangeColor: false) == .palette256)
        #expect(ColorDepth.detect(environment: env, colors: 8, canChangeColor: false) == .eight)
    }

    @Test("the colour count decides otherwise")
    func counts() {
        #expect(ColorDepth.detect(environment: [:], colors: 256, canChangeColor: false) == .palette256)
        #expect(ColorDepth.detect(environment: [:], colors: 88, canChangeColor: false) == .sixteen)
        #expect(ColorDepth.detect(environment: [:], colors: 16, canChangeColor: false) == .sixteen)
        #expect(ColorDepth.detect(environment: [:], colors: 8, canChangeColor: false) == .eight)
    }

    @Test("a 24-bit colour falls back truecolour → 256 → 16 → 8 → none")
    func rgbFallback() {
        let orange = TerminalColor.rgb(red: 255, green: 135, blue: 0)
        #expect(orange.device(for: .truecolor) == .rgb(red: 255, green: 135, blue: 0))
        #expect(orange.device(for: .palette256) == .index(208))
        #expect(orange.device(for: .sixteen) == .index(3))
        #expect(orange.device(for: .eight) == .index(3))
        #expect(orange.device(for: .monochrome) == nil)
        let grey = TerminalColor.rgb(red: 128, green: 128, blue: 128)
        #expect(grey.device(for: .palette256) == .index(244))
        #expect(grey.device(for: .sixteen) == .index(8))
        #expect(grey.device(for: .eight) == .index(7))
        let navy = TerminalColor.rgb(red: 0x2e, green: 0x34, blue: 0x40)
        #expect(navy.device(for: .palette256) == .index(237))
        #expect(navy.device(for: .sixteen) == .index(0))
        // A soft colour keeps its hue: a pale gold is yellow, a light one bright yellow.
        let gold = TerminalColor.rgb(red: 0xeb, green: 0xcb, blue: 0x8b)
        #expect(gold.device(for: .eight) == .index(3))
        #expect(gold.device(for: .sixteen) == .index(11))
        #expect(TerminalColor.rgb(red: 0xb4, green: 0x8e, blue: 0xad).device(for: .eight) == .index(5))
    }

    @Test("palette and named colours fall back too; default stays default")
    func otherFallbacks() {
        #expect(TerminalColor.indexed(208).device(for: .truecolor) == .index(208))
        #expect(TerminalColor.indexed(208).device(for: .palette256) == .index(208))
        #expect(TerminalColor.indexed(208).device(for: .sixteen) == .index(3))
        #expect(TerminalColor.indexed(21).device(for: .sixteen) == .index(4))
        #expect(TerminalColor.indexed(21).device(for: .eight) == .index(4))
        #expect(TerminalColor.indexed(12).device(for: .sixteen) == .index(12))
        #expect(TerminalColor.indexed(12).device(for: .eight) == .index(4))
        #expect(TerminalColor.indexed(250).device(for: .sixteen) == .index(7))
        #expect(TerminalColor.named(.brightCyan).device(for: .sixteen) == .index(14))
        #expect(TerminalColor.named(.brightCyan).device(for: .eight) == .index(6))
        #expect(TerminalColor.named(.cyan).device(for: .monochrome) == nil)
        for depth in ColorDepth.allCases { #expect(TerminalColor.standard.device(for: depth) == nil) }
    }

    @Test("styles become SGR sequences at each depth")
    func sgr() {
        let style = Style(
            foreground: .rgb(red: 255, green: 135, blue: 0), background: .named(.blue), attributes: [.bold, .italic])
        #expect(style.sgr(depth: .truecolor) == "\u{1B}[0;1;3;38;2;255;135;0;44m")
        #expect(style.sgr(depth: .palette256) == "\u{1B}[0;1;3;38;5;208;44m")
        #expect(style.sgr(depth: .sixteen) == "\u{1B}[0;1;3;33;44m")
        #expect(style.sgr(depth: .monochrome) == "\u{1B}[0;1;3m")
        #expect(Style(background: .named(.brightWhite)).sgr(depth: .sixteen) == "\u{1B}[0;107m")
    }
}
