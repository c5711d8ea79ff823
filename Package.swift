// swift-tools-version:6.1
import PackageDescription

/// Dateline: a keyboard-driven terminal reader for an archive of news articles.
///
/// Module boundaries follow `ARCHITECTURE.md`: `ArticleAnalysis` is pure text logic,
/// `ArchiveStore` owns SQLite, `ArticleImport` reads files, folders, feeds and URLs into the
/// store, `ReaderCore` is the state/update/render core, `CursesTerminal` is the thin ncursesw
/// adapter, `dateline` wires them to a CLI. Every target declares exactly the modules it imports.
let package = Package(
    name: "Dateline",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "dateline", targets: ["dateline"]),
        .executable(name: "dateline-bench", targets: ["dateline-bench"]),
        // Libraries for the fuzzing package in Fuzz/, which builds them with -sanitize=fuzzer.
        .library(name: "ArticleAnalysis", targets: ["ArticleAnalysis"]),
        .library(name: "ArchiveStore", targets: ["ArchiveStore"]),
        .library(name: "ArticleImport", targets: ["ArticleImport"]),
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
        .systemLibrary(
            name: "CCMark",
            pkgConfig: "libcmark",
            providers: [.apt(["libcmark-dev"])]
        ),
        .systemLibrary(
            name: "CUchardet",
            pkgConfig: "uchardet",
            providers: [.apt(["libuchardet-dev"])]
        ),
        // sqlite3_config, which is variadic, for ArchiveStore (GRDB links the same libsqlite3).
        .systemLibrary(
            name: "CSQLite",
            providers: [.apt(["libsqlite3-dev"])]
        ),
        // libcurl, loaded with dlopen at the first fetch: linking it slowed every start.
        .target(name: "CCurlLoader", linkerSettings: [.linkedLibrary("dl")]),
        .target(name: "ArticleAnalysis"),
        .target(
            name: "ArchiveStore",
            dependencies: [
                "ArticleAnalysis", "CSQLite", .product(name: "GRDB", package: "GRDB.swift"),
                .product(name: "GRDBSQLite", package: "GRDB.swift"),
            ]
        ),
        .target(
            name: "ArticleImport",
            dependencies: [
                "ArticleAnalysis", "ArchiveStore", "CCMark", "CCurlLoader", "CLibXML2", "CUchardet",
                // Reads newsboat's cache (an SQLite file of another program).
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
            dependencies: ["CNCurses", "ArchiveStore", "ReaderCore"]
        ),
        .executableTarget(
            name: "dateline",
            dependencies: [
                "ArticleAnalysis", "ArchiveStore", "ArticleImport", "ReaderCore", "CursesTerminal",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .executableTarget(
            name: "dateline-eval",
            dependencies: [
                "ArticleAnalysis", "ArticleImport",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .target(
            name: "TestSupport",
            dependencies: ["ReaderCore", .product(name: "GRDB", package: "GRDB.swift")],
            resources: [.copy("Fixtures")]
        ),
        .target(name: "SyntheticArchive", path: "Benchmarks/SyntheticArchive"),
        .target(
            name: "BenchmarkSuite",
            dependencies: [
                "ArchiveStore", "ArticleAnalysis", "ArticleImport", "ReaderCore", "SyntheticArchive",
                // LocalHTTPServer and FeedFixture, for the refresh of many feeds.
                "TestSupport",
            ],
            path: "Benchmarks/BenchmarkSuite"
        ),
        .executableTarget(
            name: "dateline-bench",
            dependencies: ["BenchmarkSuite", .product(name: "ArgumentParser", package: "swift-argument-parser")],
            path: "Benchmarks/dateline-bench"
        ),
        .testTarget(
            name: "SyntheticArchiveTests",
            dependencies: ["SyntheticArchive", "BenchmarkSuite", "ArchiveStore", "ArticleAnalysis", "ArticleImport"]
        ),
        .testTarget(name: "ArticleAnalysisTests", dependencies: ["ArticleAnalysis", "TestSupport"]),
        .testTarget(
            name: "ArchiveStoreTests",
            dependencies: [
                "ArchiveStore", "ArticleAnalysis", "TestSupport", .product(name: "GRDB", package: "GRDB.swift"),
            ]
        ),
        .testTarget(
            name: "ArticleImportTests",
            dependencies: [
                "ArticleImport", "ArchiveStore", "ArticleAnalysis", "TestSupport",
                .product(name: "GRDB", package: "GRDB.swift"),
            ],
            exclude: ["Goldens"]
        ),
        .testTarget(
            name: "ReaderCoreTests",
            dependencies: [
                "ReaderCore", "ArchiveStore", "ArticleAnalysis", "ArticleImport", "BundledThemes", "TestSupport",
            ],
            exclude: ["Goldens"]
        ),
        .testTarget(
            name: "CursesTerminalTests", dependencies: ["CursesTerminal", "CNCurses", "ReaderCore"]),
        .testTarget(
            name: "DatelineEndToEndTests",
            dependencies: ["ArchiveStore", "TestSupport"]
        ),
    ]
)
