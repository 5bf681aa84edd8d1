// swift-tools-version: 6.0
import Foundation
import PackageDescription

/// `make fuzz` sets KEHOACH_FUZZING=1: kehoach's own modules are built with libFuzzer's coverage (and the
/// fuzz tool linked with libFuzzer), the dependencies as usual, so a fuzz build reuses their objects.
let fuzzing = ProcessInfo.processInfo.environment["KEHOACH_FUZZING"] == "1"
let fuzzed: [SwiftSetting] = fuzzing ? [.unsafeFlags(["-sanitize=fuzzer"]), .define("FUZZING")] : []

let package = Package(
    name: "kehoach",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "kehoach", targets: ["kehoach"]),
    ],
    dependencies: [
        .package(url: "https://github.com/groue/GRDB.swift", exact: "7.10.0"),
        .package(url: "https://github.com/apple/swift-argument-parser", exact: "1.8.2"),
        .package(url: "https://github.com/jpsim/Yams", exact: "6.2.2"),
        .package(url: "https://github.com/vapor/postgres-nio", exact: "1.33.2"),
        .package(url: "https://github.com/weichsel/ZIPFoundation", exact: "0.9.20"),
        .package(url: "https://github.com/LebJe/TOMLKit", exact: "0.6.0"),
        // Already in the graph through postgres-nio (the version it resolves to): named here for PlanKit's SHA-256.
        .package(url: "https://github.com/apple/swift-crypto.git", exact: "4.5.2"),
    ],
    targets: [
        .systemLibrary(name: "CNcursesw", path: "Sources/CNcursesw"),
        .target(
            name: "PlanKit",
            dependencies: [
                .product(name: "Yams", package: "Yams"),
                .product(name: "ZIPFoundation", package: "ZIPFoundation"),
                .product(name: "Crypto", package: "swift-crypto"),
            ],
            swiftSettings: fuzzed
        ),
        .target(
            name: "PlanStore",
            dependencies: [
                "PlanKit", .product(name: "GRDB", package: "GRDB.swift"),
                // SQLite's own API, for the one insert GRDB would copy 60 MB for (PlanPayloadRow).
                .product(name: "GRDBSQLite", package: "GRDB.swift"),
                .product(name: "PostgresNIO", package: "postgres-nio"),
            ],
            swiftSettings: fuzzed
        ),
        // The one wording mechanism: the language, phrases in both languages (below the dashboard and the CLI).
        .target(name: "Wording", dependencies: ["PlanKit", "PlanStore"]),
        .target(name: "Dashboard", dependencies: ["PlanKit", "PlanStore", "Wording"]),
        .target(name: "Terminal", dependencies: ["CNcursesw", "Dashboard", "PlanKit"], swiftSettings: fuzzed),
        .executableTarget(
            name: "kehoach",
            dependencies: [
                "PlanKit", "PlanStore", "Wording", "Dashboard", "Terminal",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
                .product(name: "TOMLKit", package: "TOMLKit"),
            ]
        ),
        .executableTarget(name: "KehoachBench", dependencies: ["PlanKit", "PlanStore", "Dashboard"]),
        // `make bench-pg`: the shared PostgreSQL store under concurrent edits.
        .executableTarget(name: "KehoachPGBench", dependencies: ["PlanKit", "PlanStore"]),
        .testTarget(name: "PlanKitTests", dependencies: ["PlanKit", .product(name: "ZIPFoundation", package: "ZIPFoundation")],
                    exclude: ["Golden", "Fixtures"]),
        .testTarget(name: "PlanStoreTests", dependencies: ["PlanStore", "PlanKit", "TestServers", .product(name: "GRDB", package: "GRDB.swift"),
                                                    .product(name: "PostgresNIO", package: "postgres-nio")]),
        // A throw-away PostgreSQL server, for the store tests and the tmux tests alike.
        .target(name: "TestServers", path: "Tests/TestServers"),
        // libFuzzer targets (`make fuzz`); in the normal build, a tool that replays inputs through them.
        .target(name: "CLibFuzzer"),
        .executableTarget(name: "KehoachFuzz", dependencies: ["PlanKit", "PlanStore", "Terminal", "CLibFuzzer",
                                                     .product(name: "ZIPFoundation", package: "ZIPFoundation")],
                          swiftSettings: fuzzed,
                          linkerSettings: fuzzing ? [.unsafeFlags(["-sanitize=fuzzer"])] : []),
        .testTarget(name: "DashboardTests", dependencies: ["Dashboard", "PlanKit", "PlanStore"], exclude: ["Golden"]),
        .testTarget(name: "TerminalTests", dependencies: ["Terminal", "Dashboard"]),
        .testTarget(name: "EndToEndTests", dependencies: ["TestServers"]),
    ]
)
