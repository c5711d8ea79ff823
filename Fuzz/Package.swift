// swift-tools-version:6.1
import PackageDescription

/// libFuzzer targets for Dateline's parsers. Built only by `Fuzz/run`, which passes
/// `-sanitize=fuzzer,address`; libFuzzer supplies `main`, so these are not part of the
/// main package's build.
let package = Package(
    name: "DatelineFuzz",
    dependencies: [.package(name: "Dateline", path: "..")],
    targets: [
        .target(name: "FuzzDriver"),
        .executableTarget(
            name: "FuzzPlainText",
            dependencies: [
                "FuzzDriver", .product(name: "ArticleAnalysis", package: "Dateline"),
                .product(name: "ArticleImport", package: "Dateline"),
            ]),
        .executableTarget(
            name: "FuzzAnalyser",
            dependencies: ["FuzzDriver", .product(name: "ArticleAnalysis", package: "Dateline")]),
        .executableTarget(
            name: "FuzzImporters",
            dependencies: ["FuzzDriver", .product(name: "ArticleImport", package: "Dateline")]),
        .executableTarget(
            name: "FuzzMarkdown",
            dependencies: [
                "FuzzDriver", .product(name: "ArticleAnalysis", package: "Dateline"),
                .product(name: "ArticleImport", package: "Dateline"),
            ]),
        .executableTarget(
            name: "FuzzThemes",
            dependencies: ["FuzzDriver", .product(name: "ReaderCore", package: "Dateline")]),
    ]
)
