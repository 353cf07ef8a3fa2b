// swift-tools-version: 6.0
import PackageDescription

/// Participation Scorecard: reads a municipal plan and scores, criterion by
/// criterion and with quotes as evidence, how much say residents get in it.
///
/// Modules depend in one direction only:
/// `CLibXML2`, `CStemmer`, `CHyphen` ← `PlanReading` ← `Scoring` ← `Assessment` ← `Reporting` ←
/// `Batch` ← `WebApp` ← `scorecard`.
let package = Package(
  name: "participation-scorecard",
  products: [
    .library(name: "PlanReading", targets: ["PlanReading"]),
    .library(name: "Scoring", targets: ["Scoring"]),
    .library(name: "Assessment", targets: ["Assessment"]),
    .library(name: "Reporting", targets: ["Reporting"]),
    .library(name: "Batch", targets: ["Batch"]),
    .library(name: "WebApp", targets: ["WebApp"]),
    .executable(name: "scorecard", targets: ["scorecard"]),
  ],
  dependencies: [
    .package(url: "https://github.com/apple/swift-argument-parser.git", from: "1.5.0"),
    .package(url: "https://github.com/apple/swift-crypto.git", "3.12.3"..<"5.0.0"),
    // Reads the optional plans.csv manifest of a batch (RFC 4180, `;` or `,`).
    .package(url: "https://github.com/swiftcsv/SwiftCSV.git", from: "0.10.0"),
    // The web page for residents (`scorecard serve`): HTTP server and form uploads.
    .package(url: "https://github.com/hummingbird-project/hummingbird.git", from: "2.28.1"),
    .package(url: "https://github.com/vapor/multipart-kit.git", from: "4.7.1"),
    .package(url: "https://github.com/apple/swift-http-types.git", from: "1.8.0"),
  ],
  targets: [
    .systemLibrary(
      name: "CLibXML2",
      pkgConfig: "libxml-2.0",
      providers: [.apt(["libxml2-dev"]), .brew(["libxml2"])]
    ),
    .systemLibrary(
      name: "CStemmer",
      providers: [.apt(["libstemmer-dev"]), .brew(["snowball"])]
    ),
    // Syllables for the readability figures: libhyphen with Debian's patterns.
    .systemLibrary(
      name: "CHyphen",
      providers: [.apt(["libhyphen-dev", "hyphen-nl", "hyphen-en-us"]), .brew(["hyphen"])]
    ),
    .target(
      name: "PlanReading",
      dependencies: [
        "CLibXML2",
        .product(name: "Crypto", package: "swift-crypto"),
      ],
      resources: [.copy("Resources/gemeenten.tsv")]
    ),
    // The rubrics in `Rubrics/` are data; this target bundles them as resources
    // so the default rubric is found from any working directory.
    .target(
      name: "BundledRubrics",
      path: "Rubrics",
      exclude: ["README.md"],
      resources: [
        .copy("rubric.schema.json"), .copy("lsa-participatie.json"),
        .copy("omgevingswet-participatie.json"), .copy("iap2-spectrum.json"),
      ]
    ),
    .target(
      name: "Scoring",
      dependencies: [
        "PlanReading", "CStemmer", "CHyphen", "BundledRubrics",
      ]
    ),
    // Residents' own judgements: assessment files, merged cards, agreement.
    .target(
      name: "Assessment",
      dependencies: ["Scoring"]
    ),
    .target(
      name: "Reporting",
      dependencies: ["Scoring", "Assessment"]
    ),
    // Batch runs: discovery, parallel scoring, cache, shards, merge, gates.
    .target(
      name: "Batch",
      dependencies: [
        "PlanReading", "Scoring", "Assessment", "Reporting",
        .product(name: "Crypto", package: "swift-crypto"),
        .product(name: "SwiftCSV", package: "SwiftCSV"),
      ]
    ),
    // The web page for residents: score, assess and browse batch results over HTTP.
    .target(
      name: "WebApp",
      dependencies: [
        "PlanReading", "Scoring", "Assessment", "Reporting", "Batch",
        .product(name: "Hummingbird", package: "hummingbird"),
        .product(name: "MultipartKit", package: "multipart-kit"),
        .product(name: "Crypto", package: "swift-crypto"),
        .product(name: "HTTPTypes", package: "swift-http-types"),
      ]
    ),
    .executableTarget(
      name: "scorecard",
      dependencies: [
        "PlanReading", "Scoring", "Assessment", "Reporting", "Batch", "WebApp",
        .product(name: "ArgumentParser", package: "swift-argument-parser"),
      ]
    ),
    // Run on demand by Scripts/benchmark.sh (`make bench`), never by `swift test`.
    .executableTarget(
      name: "scorecard-bench",
      dependencies: ["PlanReading", "Scoring"],
      path: "Benchmarks/ScorecardBenchmark"
    ),
    .target(
      name: "TestSupport",
      dependencies: ["PlanReading"],
      path: "Tests/TestSupport",
      resources: [.copy("Fixtures")]
    ),
    .testTarget(
      name: "PlanReadingTests",
      dependencies: ["PlanReading", "TestSupport"]
    ),
    .testTarget(
      name: "ScoringTests",
      dependencies: ["Scoring", "TestSupport"]
    ),
    .testTarget(
      name: "AssessmentTests",
      dependencies: ["Assessment", "TestSupport"]
    ),
    .testTarget(
      name: "ReportingTests",
      dependencies: ["Reporting", "Assessment", "Scoring", "PlanReading", "TestSupport"]
    ),
    .testTarget(
      name: "BatchTests",
      dependencies: ["Batch", "TestSupport"]
    ),
    .testTarget(
      name: "WebAppTests",
      dependencies: [
        "WebApp", "Assessment", "Scoring", "PlanReading", "TestSupport",
        .product(name: "HummingbirdTesting", package: "hummingbird"),
      ]
    ),
    .testTarget(
      name: "ScorecardCLITests",
      dependencies: ["scorecard", "Assessment", "Scoring", "PlanReading", "TestSupport"]
    ),
  ]
)
