import Foundation
import QRLintKit

#if canImport(Glibc)
    import Glibc
#endif

let streams = QRLintCommand.Streams(
    standardOutput: { FileHandle.standardOutput.write(Data($0.utf8)) },
    standardOutputBytes: { FileHandle.standardOutput.write(Data($0)) },
    standardError: { FileHandle.standardError.write(Data($0.utf8)) },
    isTerminal: isatty(STDOUT_FILENO) != 0)
// Some 250 MB of analyses at most; beyond that, files are freed as they are done.
ExitRetainer.shared.enable(inputBytes: 16 << 20)
let status = QRLintCommand.run(
    Array(CommandLine.arguments.dropFirst()), environment: ProcessInfo.processInfo.environment, streams: streams)
exit(status)
