import Foundation
import GRDB
import GRDBSQLite

/// `dateline_rank(table, weight…)`: FTS5's `bm25` in the same order, without counting the
/// whole archive's matches of a query that has one phrase.
///
/// `bm25` weighs each phrase of a query by its rarity (inverse document frequency), and to
/// know it runs the phrase once over the whole table before ranking the first row. For a
/// phrase such as `"according to"` that is every match in a million articles, although the
/// search ranks only the newest `Archive.rankedCandidates`. With one phrase (one word, or one
/// quoted phrase) that weight is the same positive factor on every row, so leaving it out
/// keeps the order, ties included; with several phrases it is counted as `bm25` counts it.
/// Scores are `bm25`'s (lower is better), up to that factor.
///
/// After a weight for each column, `dateline_rank` may take the number of articles that hold
/// each phrase of the query, in the query's order (`SearchTerms.articleCounts`): the weights
/// then come from them instead of a count of each phrase across the archive.
///
/// `dateline_rank_as_one(table, weight…)` ranks every phrase of the query as one: the words a
/// prefix stands for (`SearchTerms`), which FTS5 would rank as the one phrase `prefix*`.
enum RelevanceRank {
    /// The name the SQL calls.
    static let name = "dateline_rank"
    /// The name of the function that ranks all the query's phrases as one.
    static let asOneName = "dateline_rank_as_one"
    /// `bm25`'s term-frequency saturation.
    static let k1 = 1.2
    /// `bm25`'s document-length normalisation.
    static let b = 0.75

    /// What one query needs for every row: the table's average row length and each phrase's
    /// weight; computed on the first row, kept as FTS5 auxiliary data until the query ends.
    final class QueryFigures {
        let averageLength: Double
        let phraseWeights: [Double]
        /// The table's columns: the arguments after their weights are not column weights.
        let columns: Int32

        init(averageLength: Double, phraseWeights: [Double], columns: Int32) {
            self.averageLength = averageLength
            self.phraseWeights = phraseWeights
            self.columns = columns
        }
    }

    /// Registers the function on a connection (`Archive.configuration`).
    static func register(_ db: Database) throws {
        let api = UnsafeMutablePointer(mutating: FTS5.api(db))
        guard let create = api.pointee.xCreateFunction else {
            throw DatabaseError(resultCode: .SQLITE_ERROR, message: "FTS5 has no xCreateFunction")
        }
        // The user data of `asOneName` is any pointer but nil: the function reads only whether
        // it has one.
        for (function, userData) in [(name, nil), (asOneName, UnsafeMutableRawPointer(bitPattern: 1))] {
            let code = create(api, function, userData, rank, nil)
            guard code == SQLITE_OK else {
                throw DatabaseError(resultCode: ResultCode(rawValue: code), message: "cannot register \(function)")
            }
        }
    }

    /// The FTS5 auxiliary function: `bm25` of the current row, column weights from the
    /// arguments (1 for a column without one).
    private static let rank:
        @convention(c) (
            UnsafePointer<Fts5ExtensionApi>?, OpaquePointer?, OpaquePointer?, Int32,
            UnsafeMutablePointer<OpaquePointer?>?
        ) -> Void = { api, fts, context, argumentCount, arguments in
            guard let api = api?.pointee, let fts else { return }
            guard let figures = queryFigures(api, fts, argumentCount, arguments) else {
                sqlite3_result_error(context, "dateline_rank: cannot read the full-text index", -1)
                return
            }
            var frequencies = [Double](repeating: 0, count: figures.phraseWeights.count)
            let asOne = figures.phraseWeights.count == 1
            var instances: Int32 = 0
            guard api.xInstCount?(fts, &instances) == SQLITE_OK else { return }
            for index in 0..<instances {
                var phrase: Int32 = 0
                var column: Int32 = 0
                var offset: Int32 = 0
                guard api.xInst?(fts, index, &phrase, &column, &offset) == SQLITE_OK else { return }
                let weight =
                    column < min(argumentCount, figures.columns) ? sqlite3_value_double(arguments?[Int(column)]) : 1
                frequencies[asOne ? 0 : Int(phrase)] += weight
            }
            var length: Int32 = 0
            _ = api.xColumnSize?(fts, -1, &length)
            let norm = k1 * (1 - b + b * Double(length) / figures.averageLength)
            var score = 0.0
            for (frequency, weight) in zip(frequencies, figures.phraseWeights) {
                score += weight * (frequency * (k1 + 1)) / (frequency + norm)
            }
            sqlite3_result_double(context, -score)
        }

    /// The figures of the current query, computed on its first row; the function's arguments
    /// after the column weights are the phrases' article counts when there is one for each.
    private static func queryFigures(
        _ api: Fts5ExtensionApi, _ fts: OpaquePointer, _ argumentCount: Int32,
        _ arguments: UnsafeMutablePointer<OpaquePointer?>?
    ) -> QueryFigures? {
        if let stored = api.xGetAuxdata?(fts, 0) {
            return Unmanaged<QueryFigures>.fromOpaque(stored).takeUnretainedValue()
        }
        var rows: Int64 = 0
        var tokens: Int64 = 0
        guard api.xRowCount?(fts, &rows) == SQLITE_OK, api.xColumnTotalSize?(fts, -1, &tokens) == SQLITE_OK
        else { return nil }
        let phrases = api.xUserData?(fts) != nil ? 1 : Int(api.xPhraseCount?(fts) ?? 0)
        let columns = Int(api.xColumnCount?(fts) ?? 0)
        let counted = Int(argumentCount) == columns + phrases
        var weights = [Double](repeating: 1, count: phrases)
        if phrases > 1 {
            for phrase in 0..<phrases {
                var hits: Int64 = 0
                if counted {
                    hits = min(sqlite3_value_int64(arguments?[columns + phrase]), rows)
                } else if api.xQueryPhrase?(fts, Int32(phrase), &hits, countRow) != SQLITE_OK {
                    return nil
                }
                let idf = log((Double(rows) - Double(hits) + 0.5) / (Double(hits) + 0.5))
                weights[phrase] = max(idf, 1e-6)
            }
        }
        let figures = QueryFigures(
            averageLength: Double(tokens) / Double(max(rows, 1)), phraseWeights: weights, columns: Int32(columns))
        let retained = Unmanaged.passRetained(figures).toOpaque()
        guard api.xSetAuxdata?(fts, retained, releaseFigures) == SQLITE_OK else { return nil }
        return figures
    }

    /// Counts one row of `xQueryPhrase` into the `Int64` its user data points to.
    private static let countRow:
        @convention(c) (UnsafePointer<Fts5ExtensionApi>?, OpaquePointer?, UnsafeMutableRawPointer?) -> Int32 = {
            _, _, hits in
            hits?.assumingMemoryBound(to: Int64.self).pointee += 1
            return SQLITE_OK
        }

    /// Releases the `QueryFigures` kept as auxiliary data when its query ends.
    private static let releaseFigures: @convention(c) (UnsafeMutableRawPointer?) -> Void = { pointer in
        guard let pointer else { return }
        Unmanaged<QueryFigures>.fromOpaque(pointer).release()
    }
}
