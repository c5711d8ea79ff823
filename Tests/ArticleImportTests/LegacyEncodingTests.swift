import ArchiveStore
import ArticleAnalysis
import Foundation
import TestSupport
import Testing

@testable import ArticleImport

/// Pages, feeds and text files in the legacy encodings still served without a declaration:
/// each fixture is written here in UTF-8 and encoded by the test, then imported.
@Suite struct LegacyEncodingTests {
    /// One invented news item in the language an encoding is used for.
    struct Story: Sendable, CustomTestStringConvertible {
        var encoding: String
        var title: String
        var author: String
        var paragraphs: [String]

        var testDescription: String { encoding }

        /// A page with no charset anywhere.
        var page: String {
            """
            <!DOCTYPE html>
            <html><head><title>\(title)</title>
            <meta name="author" content="\(author)">
            <meta property="article:published_time" content="2026-03-01T08:30:00Z">
            </head><body><article><h1>\(title)</h1>
            \(paragraphs.map { "<p>\($0)</p>" }.joined(separator: "\n"))
            </article></body></html>

            """
        }

        /// An RSS feed whose XML declaration names no encoding.
        var feed: String {
            let description = paragraphs.map { "&lt;p&gt;\($0)&lt;/p&gt;" }.joined()
            return """
                <?xml version="1.0"?>
                <rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/"><channel>
                <title>Harbour news</title><link>https://harbour-news.example/</link>
                <item><title>\(title)</title><dc:creator>\(author)</dc:creator>
                <pubDate>Sun, 01 Mar 2026 08:30:00 GMT</pubDate><guid>https://harbour-news.example/1</guid>
                <description>\(description)</description></item>
                </channel></rss>

                """
        }

        /// A plain-text article: title, blank line, paragraphs.
        var text: String { ([title] + paragraphs).joined(separator: "\n\n") + "\n" }

        /// `text` in this story's encoding.
        func encoded(_ text: String) throws -> [UInt8] {
            let bytes = try #require(Transcoder.convert(Array(text.utf8), from: "UTF-8", to: encoding))
            #expect(String(validating: bytes, as: UTF8.self) == nil, "the \(encoding) fixture must not be UTF-8")
            return bytes
        }
    }

    static let published = ISO8601DateFormatter().date(from: "2026-03-01T08:30:00Z")

    static let stories: [Story] = [
        Story(
            encoding: "WINDOWS-1251", title: "Наводнение в Заречье: вода поднялась на два метра",
            author: "Ирина Волкова",
            paragraphs: [
                "Уровень воды в реке Ольховке за ночь поднялся почти на два метра, и власти Заречья эвакуировали жителей трёх прибрежных улиц.",
                "«Мы не видели такой воды с весны девяносто восьмого года», — сказал глава городской службы спасения Пётр Лазарев.",
                "Синоптики обещают, что дожди прекратятся к пятнице, но школы на левом берегу будут закрыты до конца недели.",
            ]),
        Story(
            encoding: "KOI8-R", title: "В Заречье открылась новая библиотека", author: "Олег Морозов",
            paragraphs: [
                "Новая городская библиотека на улице Лесной открылась в субботу после трёх лет ремонта старого здания почты.",
                "\"Читальный зал теперь работает до десяти вечера\", - рассказала директор библиотеки Анна Соколова.",
                "В фонде библиотеки больше сорока тысяч книг, а для детей отведён отдельный этаж с игровой комнатой.",
            ]),
        Story(
            encoding: "SHIFT_JIS", title: "港町に新しいフェリー航路が開設", author: "佐藤花子",
            paragraphs: [
                "北浜港と南島を結ぶ新しいフェリー航路が三月一日に開設され、初日から多くの観光客が利用した。",
                "市の担当者は「島の暮らしが大きく変わる」と話し、夏までに便数を増やす考えを示した。",
                "運賃は片道千二百円で、高校生以下は半額となる。",
            ]),
        Story(
            encoding: "EUC-JP", title: "市立図書館が夜九時まで開館へ", author: "田中一郎",
            paragraphs: [
                "東町の市立図書館は四月から平日の開館時間を夜九時まで延長すると発表した。",
                "館長は「仕事帰りの人にも本を借りてほしい」と述べ、新しい自習席を四十席設けることも明らかにした。",
                "延長にかかる費用は年間およそ八百万円と見込まれている。",
            ]),
        Story(
            encoding: "BIG5", title: "港口城市開通新渡輪航線", author: "陳美玲",
            paragraphs: [
                "連接北港與南島的新渡輪航線於三月一日正式啟用，首日即吸引大批遊客搭乘。",
                "市政府官員表示：「島上居民的生活將因此大大改善。」並計劃在夏季前增加班次。",
                "單程票價為一百二十元，學生可享半價優惠。",
            ]),
        Story(
            encoding: "GB2312", title: "市图书馆延长开放时间", author: "王晓明",
            paragraphs: [
                "东区市立图书馆宣布，从四月起工作日开放时间将延长至晚上九点。",
                "馆长表示：“希望下班的人也能来借书。”图书馆还将新增四十个自习座位。",
                "延长开放每年预计花费约八十万元，由市财政承担。",
            ]),
        Story(
            encoding: "EUC-KR", title: "항구 도시에 새 여객선 항로 개설", author: "김민지",
            paragraphs: [
                "북항과 남도를 잇는 새 여객선 항로가 3월 1일 개설되어 첫날부터 많은 관광객이 이용했다.",
                "시 관계자는 \"섬 주민들의 생활이 크게 달라질 것\"이라고 말했다.",
                "요금은 편도 만 이천 원이며 학생은 반값이다.",
            ]),
        Story(
            encoding: "TIS-620", title: "เปิดเส้นทางเรือข้ามฟากใหม่ที่ท่าเรือเหนือ", author: "สมชาย ใจดี",
            paragraphs: [
                "เส้นทางเรือข้ามฟากสายใหม่ระหว่างท่าเรือเหนือและเกาะใต้เปิดให้บริการเมื่อวันที่หนึ่งมีนาคม และมีนักท่องเที่ยวใช้บริการจำนวนมาก",
                "เจ้าหน้าที่เทศบาลกล่าวว่า ชีวิตของชาวเกาะจะเปลี่ยนไปอย่างมาก",
                "ค่าโดยสารเที่ยวเดียวหนึ่งร้อยยี่สิบบาท และนักเรียนจ่ายครึ่งราคา",
            ]),
        Story(
            encoding: "WINDOWS-1255", title: "קו מעבורת חדש נפתח בנמל הצפוני", author: "דנה לוי",
            paragraphs: [
                "קו המעבורת החדש בין הנמל הצפוני לאי הדרומי נפתח באחד במרץ, וכבר ביום הראשון נסעו בו תיירים רבים.",
                "פקיד בעירייה אמר כי חיי תושבי האי ישתנו מאוד.",
                "מחיר הנסיעה לכיוון אחד הוא שלושים שקלים, ותלמידים משלמים חצי מחיר.",
            ]),
    ]

    @Test(arguments: stories) func pageWithoutCharsetImportsWithTitleBylineDateAndText(story: Story) throws {
        let parsed = try ArticleImporter.parse(try story.encoded(story.page), source: "page.html")

        #expect(parsed.format == .html)
        let article = try #require(parsed.articles.first)
        #expect(article.title == story.title)
        #expect(article.bylines == [story.author])
        #expect(article.publishedAt == Self.published)
        #expect(article.paragraphs == story.paragraphs)
        #expect(parsed.assumedEncoding != nil)
    }

    @Test(arguments: stories) func feedWithoutDeclarationImportsWithTitleBylineDateAndText(story: Story) throws {
        let parsed = try ArticleImporter.parse(try story.encoded(story.feed), source: "feed.xml")

        #expect(parsed.format == .rss)
        let article = try #require(parsed.articles.first)
        #expect(article.title == story.title)
        #expect(article.bylines == [story.author])
        #expect(article.publishedAt == Self.published)
        #expect(article.paragraphs == story.paragraphs)
    }

    @Test(arguments: stories) func plainTextImportsAndSaysWhichEncodingWasAssumed(story: Story) throws {
        let parsed = try ArticleImporter.parse(try story.encoded(story.text), source: "story.txt")

        #expect(parsed.format == .text)
        #expect(parsed.articles.first?.title == story.title)
        #expect(parsed.articles.first?.paragraphs == story.paragraphs)
        #expect(parsed.assumedEncoding != nil)
    }

    @Test func windows1251PageIsNoLongerMojibakeAndTheReportNamesTheEncoding() throws {
        let story = Self.stories[0]
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let path = try directory.write("flood.html", try story.encoded(story.page))
        let archive = try Archive.inMemory()

        let report = ArticleImporter(archive: archive).importFiles([path])

        #expect(report.failures.isEmpty)
        #expect(report.assumedEncodings == [.init(input: path, encoding: "WINDOWS-1251")])
        let stored = try archive.article(id: try #require(report.imported.first))
        #expect(stored.title == story.title)
        #expect(!stored.body.contains("Í"))
    }

    @Test func declaredEncodingsComeBeforeTheDetectorAndTheServerBeforeThePage() throws {
        let story = Self.stories[1]
        // KOI8-R bytes in a page that claims Windows-1251: the server's header is believed first.
        let page = story.page.replacingOccurrences(
            of: "<head>", with: "<head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=windows-1251\">")
        let bytes = try story.encoded(page)

        let served = try ArticleImporter.parse(bytes, source: nil, contentType: "text/html; charset=KOI8-R")
        let saved = try ArticleImporter.parse(bytes, source: "page.html")

        #expect(served.articles.first?.title == story.title)
        #expect(served.assumedEncoding == nil)
        #expect(saved.articles.first?.title != story.title, "the page's own (wrong) declaration is used when saved")
        #expect(saved.assumedEncoding == nil)
    }

    @Test func xmlDeclarationNamesTheFeedsEncoding() throws {
        let story = Self.stories[2]
        let feed = story.feed.replacingOccurrences(
            of: "<?xml version=\"1.0\"?>", with: "<?xml version=\"1.0\" encoding=\"Shift_JIS\"?>")

        let parsed = try ArticleImporter.parse(try story.encoded(feed), source: "feed.xml")

        #expect(parsed.articles.first?.title == story.title)
        #expect(parsed.assumedEncoding == nil)
    }

    @Test func declarationTheBytesContradictIsPassedOver() throws {
        let story = Self.stories[3]
        let feed = story.feed.replacingOccurrences(
            of: "<?xml version=\"1.0\"?>", with: "<?xml version=\"1.0\" encoding=\"UTF-8\"?>")

        let parsed = try ArticleImporter.parse(try story.encoded(feed), source: "feed.xml")

        #expect(parsed.articles.first?.paragraphs == story.paragraphs)
        #expect(parsed.assumedEncoding == "EUC-JP")
    }

    @Test func utf16TextWithByteOrderMarkImports() throws {
        let story = Self.stories[2]
        let bytes =
            [0xFF, 0xFE] + (try #require(Transcoder.convert(Array(story.text.utf8), from: "UTF-8", to: "UTF-16LE")))

        let parsed = try ArticleImporter.parse(bytes, source: "story.txt")

        #expect(parsed.articles.first?.title == story.title)
        #expect(parsed.assumedEncoding == nil)
    }

    @Test func labelsOfLegacyEncodingsDecodeAsTheSupersetBrowsersUse() {
        #expect(EncodingLabel.decoderName("ISO-8859-1") == "WINDOWS-1252")
        #expect(EncodingLabel.decoderName("gb2312") == "GB18030")
        #expect(EncodingLabel.decoderName("Shift_JIS") == "WINDOWS-31J")
        #expect(EncodingLabel.decoderName("koi8-r") == "KOI8-R")
        #expect(EncodingLabel.decoderName("utf-16") == nil)
    }

    @Test func transcoderRefusesOrReplacesInvalidBytes() {
        #expect(Transcoder.decode([0x41, 0xFF, 0x42], from: "UTF-8") == nil)
        #expect(Transcoder.decode([0x41, 0xFF, 0x42], from: "UTF-8", invalid: .replace) == "A\u{FFFD}B")
        #expect(Transcoder.decode([0x41], from: "NO-SUCH-ENCODING") == nil)
    }
}
