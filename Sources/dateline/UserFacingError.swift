import ArchiveStore
import ArticleAnalysis
import CursesTerminal

/// An error whose `description` is already one sentence for the user.
protocol UserFacingError: Error, CustomStringConvertible {}

extension CommandError: UserFacingError {}
extension ArchiveError: UserFacingError {}
extension ImportError: UserFacingError {}
extension ArticleInputError: UserFacingError {}
extension TerminalError: UserFacingError {}
