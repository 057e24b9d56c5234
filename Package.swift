// swift-tools-version: 6.1
import PackageDescription

let package = Package(
    name: "Verbatim",
    platforms: [.macOS(.v14)],
    products: [
        .executable(name: "verbatim", targets: ["VerbatimCommand"]),
        .library(name: "Verbatim", targets: ["Verbatim"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/x-sheep/swift-property-based", from: "2.0.1"),
        .package(url: "https://github.com/groue/GRDB.swift", from: "7.10.0"),
        .package(url: "https://github.com/apple/swift-collections", from: "1.6.0"),
    ],
    targets: [
        // ICU is reached only through this C target: ICU's renaming macros
        // (ubrk_open -> ubrk_open_72) hide its functions from Swift, and a
        // systemLibrary module of ICU clashes with the ICU that Foundation bundles.
        .target(
            name: "CICU",
            linkerSettings: [
                .linkedLibrary("icui18n"),
                .linkedLibrary("icuuc"),
                .linkedLibrary("icudata"),
            ]
        ),
        .systemLibrary(
            name: "CZlib",
            providers: [.apt(["zlib1g-dev"])]
        ),
        .target(
            name: "Verbatim",
            dependencies: [
                "CICU", "CZlib", .product(name: "GRDB", package: "GRDB.swift"),
                // The store binds its hot inserts with SQLite's C functions (`BoundStatement`).
                .product(name: "GRDBSQLite", package: "GRDB.swift"),
                // The runner's read-ahead window and the worker pool's queue are FIFO queues.
                .product(name: "DequeModule", package: "swift-collections"),
            ]
        ),
        .executableTarget(
            name: "VerbatimCommand",
            dependencies: [
                "Verbatim",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .testTarget(
            name: "VerbatimTests",
            dependencies: [
                "Verbatim",
                "CZlib",
                .product(name: "PropertyBased", package: "swift-property-based"),
            ],
            resources: [.copy("Fixtures")]
        ),
        .testTarget(
            name: "VerbatimEndToEndTests",
            dependencies: ["Verbatim"]
        ),
    ],
    swiftLanguageModes: [.v6]
)
