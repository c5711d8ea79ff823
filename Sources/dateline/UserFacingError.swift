import ArchiveStore
import ArticleAnalysis
import ArticleImport
import CursesTerminal
import ReaderCore

/// An error whose `description` is already one sentence for the user.
protocol UserFacingError: Error, CustomStringConvertible {}

extension CommandError: UserFacingError {}
extension ArchiveError: UserFacingError {}
extension ArticleFilterError: UserFacingError {}
extension ImportError: UserFacingError {}
extension ArticleInputError: UserFacingError {}
extension ConfigFileError: UserFacingError {}
extension TerminalError: UserFacingError {}
