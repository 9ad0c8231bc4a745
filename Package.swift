// swift-tools-version:6.0
import PackageDescription

let package = Package(
    name: "qrlint",
    products: [
        .executable(name: "qrlint", targets: ["qrlint"]),
        .library(name: "QRLintKit", targets: ["QRLintKit"]),
    ],
    targets: [
        .target(name: "QRLintCore"),
        .systemLibrary(name: "CZlib", path: "Sources/CZlib", providers: [.apt(["zlib1g-dev"])]),
        .target(name: "QRLintReaders", dependencies: ["QRLintCore", "CZlib"]),
        .target(name: "QRLintRules", dependencies: ["QRLintCore"]),
        .target(name: "QRLintOutput", dependencies: ["QRLintCore"]),
        .target(name: "QRLintKit", dependencies: ["QRLintCore", "QRLintReaders", "QRLintRules", "QRLintOutput"]),
        .executableTarget(name: "qrlint", dependencies: ["QRLintKit"]),
        .executableTarget(
            name: "qrlint-bench", dependencies: ["QRLintKit", "QRLintOutput", "QRLintReaders", "QRLintRules"]),
        .target(name: "QRLintTestSupport", dependencies: ["QRLintCore", "QRLintReaders", "QRLintRules"]),
        .testTarget(name: "QRLintCoreTests", dependencies: ["QRLintCore"]),
        .testTarget(
            name: "QRLintReadersTests", dependencies: ["QRLintReaders", "QRLintTestSupport"], exclude: ["Fixtures"]),
        .testTarget(
            name: "QRLintRulesTests", dependencies: ["QRLintRules", "QRLintReaders", "QRLintKit", "QRLintTestSupport"]),
        .testTarget(name: "QRLintOutputTests", dependencies: ["QRLintOutput", "QRLintTestSupport"], exclude: ["Golden"]),
        .testTarget(name: "QRLintKitTests", dependencies: ["QRLintKit", "QRLintTestSupport"]),
    ]
)
