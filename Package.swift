// swift-tools-version:6.1
import PackageDescription

/// Dateline: a keyboard-driven terminal reader for an archive of news articles.
///
/// Module boundaries follow `DECISIONS.md`: `ArticleAnalysis` is pure text logic,
/// `ArchiveStore` owns SQLite, `ReaderCore` is the pure state/update/render core,
/// `CursesTerminal` is the thin ncursesw adapter, `dateline` wires them to a CLI.
let package = Package(
    name: "Dateline",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "dateline", targets: ["dateline"]),
        .executable(name: "dateline-bench", targets: ["dateline-bench"]),
        // Libraries for the fuzzing package in Fuzz/, which builds them with -sanitize=fuzzer.
        .library(name: "ArticleAnalysis", targets: ["ArticleAnalysis"]),
        .library(name: "ArchiveStore", targets: ["ArchiveStore"]),
        .library(name: "ReaderCore", targets: ["ReaderCore"]),
        .executable(name: "dateline-eval", targets: ["dateline-eval"]),
    ],
    dependencies: [
        .package(url: "https://github.com/groue/GRDB.swift", from: "7.10.0"),
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        .package(url: "https://github.com/LebJe/TOMLKit", from: "0.6.0"),
    ],
    targets: [
        .systemLibrary(
            name: "CNCurses",
            pkgConfig: "ncursesw",
            providers: [.apt(["libncursesw5-dev"])]
        ),
        .systemLibrary(
            name: "CLibXML2",
            pkgConfig: "libxml-2.0",
            providers: [.apt(["libxml2-dev"])]
        ),
        .target(name: "ArticleAnalysis"),
        .target(
            name: "ArchiveStore",
            dependencies: [
                "ArticleAnalysis", "CLibXML2",
                .product(name: "GRDB", package: "GRDB.swift"),
            ],
            resources: [.embedInCode("Samples")]
        ),
        .target(
            name: "BundledThemes",
            path: "Themes",
            resources: [
                .embedInCode("default.toml"), .embedInCode("light.toml"), .embedInCode("high-contrast.toml"),
                .embedInCode("mono.toml"), .embedInCode("dusk.toml"),
            ]
        ),
        .target(
            name: "ReaderCore",
            dependencies: [
                "ArticleAnalysis", "ArchiveStore", "BundledThemes", .product(name: "TOMLKit", package: "TOMLKit"),
            ]
        ),
        .target(
            name: "CursesTerminal",
            dependencies: ["CNCurses", "ReaderCore"]
        ),
        .executableTarget(
            name: "dateline",
            dependencies: [
                "ArticleAnalysis", "ArchiveStore", "ReaderCore", "CursesTerminal",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .executableTarget(
            name: "dateline-eval",
            dependencies: [
                "ArticleAnalysis",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .target(
            name: "TestSupport",
            dependencies: ["ArticleAnalysis", "ArchiveStore", "ReaderCore"],
            resources: [.copy("Fixtures")]
        ),
        .target(name: "SyntheticArchive", path: "Benchmarks/SyntheticArchive"),
        .target(
            name: "BenchmarkSuite",
            dependencies: ["ArchiveStore", "ArticleAnalysis", "ReaderCore", "SyntheticArchive"],
            path: "Benchmarks/BenchmarkSuite"
        ),
        .executableTarget(
            name: "dateline-bench",
            dependencies: ["BenchmarkSuite", .product(name: "ArgumentParser", package: "swift-argument-parser")],
            path: "Benchmarks/dateline-bench"
        ),
        .testTarget(
            name: "SyntheticArchiveTests",
            dependencies: ["SyntheticArchive", "BenchmarkSuite", "ArchiveStore", "ArticleAnalysis"]
        ),
        .testTarget(name: "ArticleAnalysisTests", dependencies: ["ArticleAnalysis", "TestSupport"]),
        .testTarget(
            name: "ArchiveStoreTests",
            dependencies: ["ArchiveStore", "TestSupport", .product(name: "GRDB", package: "GRDB.swift")]
        ),
        .testTarget(
            name: "ReaderCoreTests", dependencies: ["ReaderCore", "ArchiveStore", "ArticleAnalysis", "TestSupport"],
            exclude: ["Goldens"]
        ),
        .testTarget(
            name: "CursesTerminalTests", dependencies: ["CursesTerminal", "CNCurses", "ReaderCore", "TestSupport"]),
        .testTarget(
            name: "DatelineEndToEndTests",
            dependencies: ["TestSupport"]
        ),
    ]
)
