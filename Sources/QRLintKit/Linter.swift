import QRLintCore
