// swift-tools-version: 6.0
import PackageDescription

let package = Package(
  name: "notesum",
  platforms: [.macOS(.v14)],
  products: [
    .library(name: "NoteSum", targets: ["NoteSum"]),
    .executable(name: "notesum", targets: ["notesum"]),
    .library(name: "ICUText", targets: ["ICUText"]),
  ],
  dependencies: [
    .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
    .package(url: "https://github.com/jpsim/Yams", from: "6.2.2"),
    .package(url: "https://github.com/groue/GRDB.swift", exact: "7.10.0"),
  ],
  targets: [
    // System ICU (apt: libicu-dev). Debian renames every ICU symbol by macro; the shim wraps them.
    .systemLibrary(
      name: "CICU", path: "Sources/CICU", pkgConfig: "icu-i18n",
      providers: [.apt(["libicu-dev"])]),
    // The only module that sees ICU. It never imports Foundation.
    .target(name: "ICUText", dependencies: ["CICU"]),
    // The bundled default rule set as a package resource.
    .target(
      name: "DefaultRules", path: "Rules", exclude: ["README.md"],
      sources: ["DefaultRules.swift"], resources: [.copy("default")]),
    .target(
      name: "NoteSum",
      dependencies: [
        "ICUText", "DefaultRules",
        .product(name: "Yams", package: "Yams"),
        .product(name: "GRDB", package: "GRDB.swift"),
        .product(name: "GRDBSQLite", package: "GRDB.swift"),
      ]),
    .executableTarget(
      name: "notesum",
      dependencies: ["NoteSum", .product(name: "ArgumentParser", package: "swift-argument-parser")]),
    .testTarget(name: "NoteSumTests", dependencies: ["NoteSum", "ICUText"]),
    .testTarget(name: "CLITests", dependencies: ["notesum"]),
  ]
)
