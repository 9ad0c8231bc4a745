import QRLintKit
