import Foundation

/// Runs the built `kehoach` binary as a child process, as the crash and concurrency tests need.
enum KehoachBinary {
    /// `$KEHOACH_BIN` (set by `make test`), else the debug build of this package.
    static var path: String {
        if let path = ProcessInfo.processInfo.environment["KEHOACH_BIN"], !path.isEmpty { return path }
        return SeedPlanTests.packageRoot.appendingPathComponent(".build/debug/kehoach").path
    }

    static func start(_ arguments: [String]) throws -> (process: Process, output: Pipe) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: path)
        process.arguments = arguments
        let output = Pipe()
        process.standardOutput = output
        process.standardError = FileHandle.nullDevice
        process.standardInput = FileHandle.nullDevice
        try process.run()
        return (process, output)
    }
}

/// Lines read from a child's stdout as they arrive.
struct LineReader {
    let handle: FileHandle
    private(set) var buffer = Data()
    private(set) var atEnd = false

    init(_ pipe: Pipe) { handle = pipe.fileHandleForReading }

    /// Complete lines so far (a line cut by a kill mid-write is not one).
    var lines: [String] {
        guard let lastNewline = buffer.lastIndex(of: UInt8(ascii: "\n")) else { return [] }
        return String(decoding: buffer[..<lastNewline], as: UTF8.self).split(separator: "\n").map(String.init)
    }

    var lineCount: Int { buffer.reduce(0) { $1 == UInt8(ascii: "\n") ? $0 + 1 : $0 } }

    /// Blocks until some output arrives or the child closes its end.
    mutating func readSome() {
        let chunk = handle.availableData
        if chunk.isEmpty { atEnd = true } else { buffer.append(chunk) }
    }

    mutating func readToEnd() { while !atEnd { readSome() } }
}
