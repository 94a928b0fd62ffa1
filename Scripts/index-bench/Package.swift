// swift-tools-version: 6.0
// The index benchmark (Scripts/bench-index.sh): a separate package so the root build does not carry it.
import PackageDescription

let package = Package(
  name: "index-bench",
  platforms: [.macOS(.v14)],
  dependencies: [
    .package(name: "notesum", path: "../.."),
    .package(url: "https://github.com/groue/GRDB.swift", exact: "7.10.0"),
  ],
  targets: [
    .executableTarget(
      name: "index-bench",
      dependencies: [.product(name: "NoteSum", package: "notesum"), .product(name: "GRDB", package: "GRDB.swift")])
  ]
)
