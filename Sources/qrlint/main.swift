import Foundation
import QRLintKit

#if canImport(Glibc)
    import Glibc
#endif

let streams = QRLintCommand.Streams(
    standardOutput: { FileHandle.standardOutput.write(Data($0.utf8)) },
    standardError: { FileHandle.standardError.write(Data($0.utf8)) },
    isTerminal: isatty(STDOUT_FILENO) != 0)
let status = QRLintCommand.run(
    Array(CommandLine.arguments.dropFirst()), environment: ProcessInfo.processInfo.environment, streams: streams)
exit(status)
