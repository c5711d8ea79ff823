import ArchiveStore
import ArticleAnalysis
import Foundation

/// The sample articles bundled with Dateline, written for the project, which fill a new
/// default archive so that a first `dateline` has something to read.
public enum SampleArticles {
    /// The samples, parsed, in file-name order.
    public static func all() -> [Article] {
        files.compactMap { name, bytes in
            try? PlainTextParser.parse(bytes: bytes, source: "sample:" + name)
        }
    }

    /// Every file of `Samples/`, embedded in the binary so an installed `dateline` has them.
    /// `SampleArticlesTests` checks that this list names every file of the folder.
    static let files: [(name: String, bytes: [UInt8])] = [
        ("sample-01-port-advisers.txt", PackageResources.sample_01_port_advisers_txt),
        ("sample-02-council-budget.txt", PackageResources.sample_02_council_budget_txt),
        ("sample-03-deep-sea-microbes.txt", PackageResources.sample_03_deep_sea_microbes_txt),
        ("sample-04-cup-final.txt", PackageResources.sample_04_cup_final_txt),
        ("sample-05-tech-layoffs.txt", PackageResources.sample_05_tech_layoffs_txt),
        ("sample-06-river-flood.txt", PackageResources.sample_06_river_flood_txt),
        ("sample-07-phone-search-ruling.txt", PackageResources.sample_07_phone_search_ruling_txt),
        ("sample-08-lantern-festival.txt", PackageResources.sample_08_lantern_festival_txt),
        ("sample-09-sleep-study.txt", PackageResources.sample_09_sleep_study_txt),
        ("sample-10-bahnstreik.txt", PackageResources.sample_10_bahnstreik_txt),
        ("sample-11-grele-vignobles.txt", PackageResources.sample_11_grele_vignobles_txt),
        ("sample-12-ferry-route-ja.txt", PackageResources.sample_12_ferry_route_ja_txt),
        ("sample-13-viaduct-inquiry.txt", PackageResources.sample_13_viaduct_inquiry_txt),
    ]

    /// Imports every sample into `archive`.
    public static func fill(_ archive: Archive) throws(ArchiveError) {
        _ = try archive.insert(all())
    }
}
