import Foundation
import TestSupport
import Testing

/// `dateline tag`, `dateline tags` and `import --tag`: the built binary.
@Suite("Tag commands")
struct TagCommandTests {
    @Test("import --tag, tag +add -remove, and tags with counts in text and JSON")
    func tagging() throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let archive = directory.path("archive.sqlite")
        let quay = try directory.write("quay.txt", text: "Quay resurfaced\nThe quay has a new surface.\n")
        let gulls = try directory.write("gulls.txt", text: "Gull census\nVolunteers counted the gulls.\n")
        let imported = try DatelineBinary.run([
            "import", "--tag", "Harbour", "--tag", "draft", "--archive", archive, quay,
        ])
        #expect(imported.status == 0)
        #expect(try DatelineBinary.run(["import", "--archive", archive, gulls]).status == 0)

        let tagged = try DatelineBinary.run(["tag", "1", "2", "+birds", "-draft", "--archive", archive])
        #expect(tagged.stderr == "")
        #expect(tagged.stdout == "tagged 2 articles: +birds -draft\n")
        #expect(try DatelineBinary.run(["tags", "--archive", archive]).stdout == "     2  birds\n     1  harbour\n")
        let json = try DatelineBinary.run(["tags", "--format", "json", "--archive", archive]).stdout
        let counts = try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [[String: Any]]
        #expect(counts?.map { "\($0["tag"] ?? "") \($0["articles"] ?? "")" } == ["birds 2", "harbour 1"])

        let list = try DatelineBinary.run(["list", "--archive", archive]).stdout
        #expect(list.split(separator: "\n").last?.hasSuffix("(0 quotes) #birds #harbour") == true)
        let shown = try DatelineBinary.run(["show", "1", "--format", "json", "--archive", archive]).stdout
        let document = try JSONSerialization.jsonObject(with: Data(shown.utf8)) as? [String: Any]
        #expect(document?["tags"] as? [String] == ["birds", "harbour"])
    }

    @Test(
        "bad words and tags get one sentence and exit code 1",
        arguments: [
            (
                ["tag", "1", "politics"],
                "dateline: 'politics' is neither an article id nor a tag change (+tag or -tag)\n"
            ),
            (["tag", "+politics"], "dateline: name the articles to tag by their ids (dateline list shows them)\n"),
            (["tag", "1"], "dateline: name tags to add (+tag) or remove (-tag)\n"),
            (
                ["tag", "1", "+a:b"],
                "dateline: 'a:b' is not a tag: a tag is one word without spaces, commas, colons or quotes\n"
            ),
            (["tag", "7", "+port"], "dateline: no article has the id 7\n"),
        ])
    func refused(arguments: [String], message: String) throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let archive = try directory.importArchive([
            ("quay.txt", Array("Quay resurfaced\nThe quay has a new surface.\n".utf8))
        ])
        let result = try DatelineBinary.run(arguments + ["--archive", archive])
        #expect(result.status == 1)
        #expect(result.stderr == message)
    }
}
