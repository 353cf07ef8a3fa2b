// swift-tools-version: 6.0
import PackageDescription

/// Participation Scorecard: reads a municipal plan and scores, criterion by
/// criterion and with quotes as evidence, how much say residents get in it.
///
/// Modules depend in one direction only:
/// `CLibXML2`, `CPoppler`, `CStemmer`, `CHyphen` ← `PlanReading` ← `Scoring` ← `Assessment` ←
/// `Reporting` ← `Batch` ← `WebApp` ← `scorecard`.
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
    // Opens Word (.docx) and OpenDocument (.odt) plans, in memory only.
    .package(url: "https://github.com/weichsel/ZIPFoundation.git", exact: "0.9.20"),
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
    // PDF text through poppler's GLib interface (GPL-2.0-or-later; see README "Licence").
    .systemLibrary(
      name: "CPoppler",
      pkgConfig: "poppler-glib",
      providers: [.apt(["libpoppler-glib-dev"]), .brew(["poppler"])]
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
        "CLibXML2", "CPoppler",
        .product(name: "Crypto", package: "swift-crypto"),
        .product(name: "ZIPFoundation", package: "ZIPFoundation"),
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
      dependencies: ["PlanReading", "Scoring", "Assessment"],
      path: "Tests/TestSupport",
      resources: [.copy("Fixtures")]
    ),
    .testTarget(
      name: "PlanReadingTests",
      dependencies: [
        "PlanReading", "TestSupport",
        // Builds small Word archives in memory for the safety tests.
        .product(name: "ZIPFoundation", package: "ZIPFoundation"),
      ]
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
      dependencies: ["Batch", "Reporting", "Assessment", "Scoring", "PlanReading", "TestSupport"]
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

// Coverage-guided fuzzing harnesses (libFuzzer), one per parser. They exist
// only when SCORECARD_FUZZ=1, so `swift build` and `swift test` never build
// them; `make fuzz` (Scripts/fuzz.sh) builds them with
// `-sanitize=fuzzer,address` into `.build-fuzz`.
if Context.environment["SCORECARD_FUZZ"] == "1" {
  let harnesses: [(name: String, folder: String, dependencies: [Target.Dependency])] = [
    ("fuzz-plain-text", "PlainText", ["PlanReading", "Scoring"]),
    ("fuzz-xml", "XML", ["PlanReading", "Scoring"]),
    ("fuzz-rubric", "Rubric", ["PlanReading", "Scoring"]),
    ("fuzz-assessment", "Assessment", ["Assessment"]),
    ("fuzz-answers", "Answers", ["PlanReading", "Scoring", "Assessment"]),
    ("fuzz-manifest", "Manifest", ["Batch"]),
    ("fuzz-html", "HTML", ["PlanReading"]),
    ("fuzz-docx", "DOCX", ["PlanReading"]),
    ("fuzz-odt", "ODT", ["PlanReading"]),
    ("fuzz-pdf", "PDF", ["PlanReading"]),
  ]
  package.targets += [
    // libFuzzer's LLVMFuzzerRunDriver, declared for Swift.
    .target(name: "CFuzzer", path: "Fuzz/CFuzzer"),
    // What the harnesses share: the driver, the default rubric, a fixed plan,
    // office archives packed from XML parts.
    .target(
      name: "FuzzSupport",
      dependencies: [
        "CFuzzer", "PlanReading", "Scoring",
        .product(name: "ZIPFoundation", package: "ZIPFoundation"),
      ],
      path: "Fuzz/Support"),
  ]
  package.targets += harnesses.map { harness in
    .executableTarget(
      name: harness.name, dependencies: harness.dependencies + ["FuzzSupport"],
      path: "Fuzz/\(harness.folder)")
  }
}
