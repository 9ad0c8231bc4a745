import QRLintKit
import Testing
@Test func argumentsTmpDump() { print(QRLintOptions.helpText) }
