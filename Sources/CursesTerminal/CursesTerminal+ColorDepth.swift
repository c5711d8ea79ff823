import CNCurses
import Foundation
import ReaderCore

extension CursesTerminal {
    /// The colour depth of the terminal on standard output, from its terminfo description
    /// and the environment, without taking the terminal over (for printed output).
    public static func colorDepthOfStandardOutput() -> ColorDepth {
        var canChange: Int32 = 0
        let colors = dl_terminfo_colors(&canChange)
        return ColorDepth.detect(
            environment: ProcessInfo.processInfo.environment, colors: Int(max(0, colors)),
            canChangeColor: canChange != 0)
    }
}
