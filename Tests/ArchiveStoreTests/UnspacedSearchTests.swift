import ArticleAnalysis
import Foundation
import GRDB
import TestSupport
import Testing

@testable import ArchiveStore

/// Archive search inside text written without spaces: Japanese, Chinese, Korean, Thai.
@Suite("Search in scripts without spaces")
struct UnspacedSearchTests {
    static func archive() throws -> Archive {
        let archive = try Archive.inMemory()
        _ = try archive.insert([
            Article(title: "Harbour news", paragraphs: ["The ferry left Shiranami port at dawn."]),
            Article(
                title: "白波港のフェリーが再開", bylines: ["山田花子"],
                paragraphs: ["白波港から朝のフェリーが出航した。「安全を確認した」と船長は述べた。"]),
            Article(title: "港湾の会議", paragraphs: ["市の港湾局は新しい計画を発表した。"]),
            Article(title: "ข่าวท่าเรือ", paragraphs: ["เรือข้ามฟากออกจากท่าเรือตอนเช้า"]),
            Article(title: "항구 소식", paragraphs: ["여객선이 아침에 항구에서 출발했다."]),
        ])
        return archive
    }

    @Test("an import stores the pairs the SQL function makes, and none for articles without unspaced text")
    func pairsAsTheFunctionMakesThem() throws {
        let archive = try Archive.inMemory()
        _ = try archive.insert([
            Article(title: "Harbour news", paragraphs: ["The ferry left at dawn \u{2014} “on time”, they said."]),
            Article(title: "Rain", bylines: ["Ana Núñez"], paragraphs: ["Heavy rain closed the coast road."]),
            Article(title: "港湾の会議", paragraphs: ["市の港湾局は新しい計画を発表した。"]),
            Article(title: "Ferry", bylines: ["山田花子"], paragraphs: ["The ferry, 港 and 東京.", "No more."]),
            Article(title: "ข่าว", paragraphs: ["Plain words only."]),
        ])
        let (stored, made) = try archive.read { db in
            (
                try Row.fetchAll(db, sql: "SELECT rowid, title, body FROM article_grams ORDER BY rowid"),
                try Row.fetchAll(
                    db,
                    sql: """
                        SELECT id, t, b FROM (
                            SELECT id, dateline_grams(title) AS t,
                                dateline_grams(coalesce(byline, '') || char(10) || body) AS b
                            FROM article)
                        WHERE t != '' OR b != '' ORDER BY id
                        """)
            )
        }
        #expect(stored.map { Array($0.databaseValues) } == made.map { Array($0.databaseValues) })
        #expect(stored.count == 3)
        #expect(try archive.searchCount("港湾") == 1)
        #expect(try archive.searchCount("山田") == 1)
    }

    @Test("a word inside a Japanese run is found, in the title and in the body, with a snippet")
    func japanese() throws {
        let archive = try Self.archive()
        let harbour = try archive.search("白波港")
        #expect(harbour.map(\.summary.title) == ["白波港のフェリーが再開"])
        let ferry = try #require(try archive.search("フェリー").first)
        #expect(ferry.summary.title == "白波港のフェリーが再開")
        let scalars = Array(ferry.snippet.unicodeScalars)
        #expect(ferry.highlights.map { String(String.UnicodeScalarView(scalars[$0])) } == ["フェリー"])
        #expect(try archive.searchCount("山田") == 1)
        #expect(try archive.searchCount("港湾") == 1)
        #expect(try archive.searchCount("港") == 2)
        #expect(try archive.search("空港").isEmpty)
    }

    @Test("Thai and Korean words inside longer runs are found")
    func thaiAndKorean() throws {
        let archive = try Self.archive()
        #expect(try archive.search("ท่าเรือ").map(\.summary.title) == ["ข่าวท่าเรือ"])
        #expect(try archive.search("항구").map(\.summary.title) == ["항구 소식"])
    }

    @Test("a query mixing both kinds of words needs both; title matches rank first")
    func mixed() throws {
        let archive = try Self.archive()
        _ = try archive.insert([Article(title: "Ferry timetable", paragraphs: ["フェリーの時刻表: ferry at six."])])
        #expect(try archive.search("ferry フェリー").map(\.summary.title) == ["Ferry timetable"])
        #expect(try archive.searchCount("フェリー") == 2)
        #expect(try archive.search("フェリー").first?.summary.title == "白波港のフェリーが再開")
    }

    @Test("edited and deleted articles leave the index in step")
    func maintenance() throws {
        let archive = try Self.archive()
        let id = try #require(try archive.search("港湾").first?.summary.id)
        try archive.write { db in
            try db.execute(sql: "UPDATE article SET body = '市は新しい空港を発表した。' WHERE id = ?", arguments: [id])
        }
        #expect(try archive.search("空港").map(\.summary.id) == [id])
        #expect(try archive.searchCount("港湾局") == 0)
        try archive.remove(ids: [id])
        #expect(try archive.search("空港").isEmpty)
    }

    /// `UnspacedGrams.grams(of:)` as first written: each run's scalars, then its pairs.
    static func referenceGrams(of text: String) -> String {
        var result = String.UnicodeScalarView()
        var run: [Unicode.Scalar] = []
        func flush() {
            defer { run.removeAll() }
            guard !run.isEmpty else { return }
            if !result.isEmpty { result.append("\n") }
            result.append(contentsOf: UnspacedGrams.phrase(of: run).unicodeScalars)
        }
        for scalar in text.unicodeScalars {
            if ScriptRuns.isUnspaced(scalar) { run.append(scalar) } else { flush() }
        }
        flush()
        return String(result)
    }

    /// `UnspacedGrams.mayContainUnspaced` as first written: a match on every pair of bytes.
    static func referenceMayContainUnspaced(_ utf8: String.UTF8View) -> Bool {
        var previous: UInt8 = 0
        for byte in utf8 {
            switch (previous, byte) {
            case (0xE3...0xED, _), (0xE0, 0xB8...0xBB), (0xE1, 0x80...0x82), (0xE1, 0x9E...0x9F), (0xEF, 0xA4...0xAB),
                (0xEF, 0xBD...0xBE), (0xF0, 0xA0...0xAF):
                return true
            default:
                previous = byte
            }
        }
        return false
    }

    @Test("the byte test answers as the first way of making it, for every scalar of the planes in use")
    func byteTestLikeTheReference() {
        var checked = 0
        for value in stride(from: 0x80, to: 0x3_0000, by: 7) {
            guard let scalar = Unicode.Scalar(value) else { continue }
            for text in ["x" + String(scalar), String(scalar) + "y", "“" + String(scalar) + "”"] {
                #expect(UnspacedGrams.mayContainUnspaced(text.utf8) == Self.referenceMayContainUnspaced(text.utf8))
            }
            checked += 1
        }
        #expect(checked > 20_000)
    }

    @Test("the pairs of random text are those of the first way of making them")
    func gramsLikeTheReference() {
        let alphabet = ["港", "の", "フ", "ー", "한", "ไ", "ก", "𠀋", "ｶ", "a", " ", "\n", "、", "。", "“", "é", "7"]
        var state: UInt64 = 42
        for _ in 0..<500 {
            var text = ""
            state = state &* 6_364_136_223_846_793_005 &+ 1
            for _ in 0..<Int(state >> 60) * 3 {
                state = state &* 6_364_136_223_846_793_005 &+ 1
                text += alphabet[Int((state >> 33) % UInt64(alphabet.count))]
            }
            let expected = UnspacedGrams.mayContainUnspaced(text.utf8) ? Self.referenceGrams(of: text) : ""
            #expect(UnspacedGrams.grams(of: text) == expected, "\(text)")
        }
    }

    @Test("the pairs of a text: every unspaced run, nothing for other text")
    func grams() {
        #expect(UnspacedGrams.grams(of: "白波港のフェリー") == "白波 波港 港の のフ フェ ェリ リー")
        #expect(UnspacedGrams.grams(of: "The ferry, 港 and 東京.") == "港\n東京")
        #expect(UnspacedGrams.grams(of: "Plain English, café.") == "")
        #expect(FTSQuery.buildUnspaced("白波港 ferry NOT 東京") == "\"白波 波港\"")
        #expect(FTSQuery.buildSpaced("白波港 ferry") == "\"ferry\"")
    }
}

extension UnspacedSearchTests {
    @Test("an archive written before the pair index finds its Japanese articles once opened")
    func migration() throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let path = directory.path("old.sqlite")
        let queue = try DatabaseQueue(path: path)
        try queue.writeWithoutTransaction { db in
            try db.execute(sql: "PRAGMA application_id = \(ArchiveSchema.applicationID)")
        }
        try ArchiveSchema.migrator.migrate(queue, upTo: "v6-quotes-per-article")
        try queue.write { db in
            try db.execute(
                sql: """
                    INSERT INTO article (title, body, content_hash, imported_at, word_count, quote_count,
                        analysis_version)
                    VALUES ('白波港の朝', '朝のフェリーが出航した。', 'hash', '2026-01-01 00:00:00.000', 12, 0, 7)
                    """)
        }
        try queue.close()
        let archive = try Archive.open(path: path)
        #expect(try archive.search("フェリー").map(\.summary.title) == ["白波港の朝"])
    }
}

extension UnspacedSearchTests {
    @Test("the byte test rules out curly quotes and dashes but finds every unspaced script")
    func byteTest() {
        #expect(!UnspacedGrams.mayContainUnspaced("“Quoted” — said, naïve café €5 ✓".utf8))
        for text in ["港", "ฟ", "ກ", "က", "ក", "한", "ｶ", "豈", "𠀋", "ア"] {
            #expect(UnspacedGrams.mayContainUnspaced(("x " + text).utf8), "\(text)")
        }
    }
}
