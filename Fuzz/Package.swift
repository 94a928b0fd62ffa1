// swift-tools-version: 6.0
// libFuzzer targets for notesum, kept out of the root package so that CI's normal build never links libFuzzer.
// Build and run with `Fuzz/run.sh TARGET SECONDS` (see README.md); every target is built with
// `-sanitize=fuzzer,address -parse-as-library`, so libFuzzer supplies `main`.
import PackageDescription

let package = Package(
  name: "notesum-fuzz",
  platforms: [.macOS(.v14)],
  dependencies: [.package(name: "notesum", path: "..")],
  targets: [
    .target(name: "FuzzSupport", dependencies: [.product(name: "NoteSum", package: "notesum")]),
    .executableTarget(name: "FuzzDocument", dependencies: ["FuzzSupport", .product(name: "NoteSum", package: "notesum")]),
    .executableTarget(name: "FuzzJSONL", dependencies: ["FuzzSupport", .product(name: "NoteSum", package: "notesum")]),
    .executableTarget(name: "FuzzRules", dependencies: ["FuzzSupport", .product(name: "NoteSum", package: "notesum")]),
    .executableTarget(name: "FuzzGuard", dependencies: ["FuzzSupport", .product(name: "NoteSum", package: "notesum")]),
    .executableTarget(name: "FuzzSearch", dependencies: ["FuzzSupport", .product(name: "NoteSum", package: "notesum")]),
  ]
)
