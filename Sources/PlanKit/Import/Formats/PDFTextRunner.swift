import Foundation

/// Runs poppler's `pdftotext -layout` on a PDF, with a time limit and an output size limit: a hostile
/// or broken PDF can make it spin or print without end, and neither may hang or flood kehoach.
public struct PDFTextRunner: Sendable {
    public var timeLimit: TimeInterval = 30
    public var outputLimit = 32_000_000
    /// Where to look for `pdftotext`; the PATH by default.
    public var searchPath: String? = ProcessInfo.processInfo.environment["PATH"]

    public init() {}

    func executable() -> String? {
        let directories = (searchPath ?? "/usr/bin:/bin").split(separator: ":").map(String.init)
        for directory in directories {
            let path = directory + "/pdftotext"
            if FileManager.default.isExecutableFile(atPath: path) { return path }
        }
        return nil
    }

    /// The PDF's text, pages separated by form feeds.
    public func text(ofFile path: String) throws -> String {
        guard let executable = executable() else { throw FormatError.pdftotextMissing }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = ["-layout", "-enc", "UTF-8", "-eol", "unix", path, "-"]
        let output = Pipe()
        let errors = Pipe()
        process.standardOutput = output
        process.standardError = errors
        process.standardInput = FileHandle.nullDevice
        let collected = Collected(limit: outputLimit)
        let finished = DispatchSemaphore(value: 0)
        process.terminationHandler = { _ in finished.signal() }
        do {
            try process.run()
        } catch {
            throw FormatError.pdfUnreadable(reason: "pdftotext: \(error.localizedDescription)")
        }
        let reading = DispatchGroup()
        let readQueue = DispatchQueue(label: "kehoach.pdftotext.read")
        let handle = output.fileHandleForReading
        readQueue.async(group: reading) {
            while true {
                let chunk = handle.availableData
                if chunk.isEmpty { break }
                // Closing the pipe ends pdftotext (a write to a closed pipe fails) without waiting for it.
                if !collected.append(chunk) { try? handle.close(); break }
            }
        }
        let errorText = Collected(limit: 64 * 1024)
        let errorHandle = errors.fileHandleForReading
        DispatchQueue(label: "kehoach.pdftotext.errors").async(group: reading) {
            let chunk = errorHandle.readDataToEndOfFile()
            _ = errorText.append(chunk)
        }
        if finished.wait(timeout: .now() + timeLimit) == .timedOut {
            process.terminate()
            if finished.wait(timeout: .now() + 2) == .timedOut { kill(process.processIdentifier, SIGKILL) }
            throw FormatError.pdfTimedOut(seconds: Int(timeLimit))
        }
        _ = reading.wait(timeout: .now() + 5)
        if collected.overflowed { throw FormatError.pdfOutputTooLarge(limit: outputLimit) }
        let status = process.terminationStatus
        let message = String(decoding: errorText.data, as: UTF8.self)
        if status != 0 {
            let lower = message.lowercased()
            // pdftotext: exit 1 with "Incorrect password" for a locked file, exit 3 when copying is forbidden.
            if lower.contains("password") || lower.contains("encrypt") || status == 3 { throw FormatError.pdfEncrypted }
            let firstLine = message.split(separator: "\n").first.map(String.init) ?? "exit code \(status)"
            throw FormatError.pdfUnreadable(reason: firstLine)
        }
        return String(decoding: collected.data, as: UTF8.self)
    }

    /// Bytes read from a pipe on another queue, up to a limit.
    private final class Collected: @unchecked Sendable {
        private let lock = NSLock()
        private var buffer = Data()
        private var over = false
        let limit: Int

        init(limit: Int) { self.limit = limit }

        /// False once the limit is passed (the rest is dropped).
        func append(_ chunk: Data) -> Bool {
            lock.lock(); defer { lock.unlock() }
            if buffer.count + chunk.count > limit { over = true; return false }
            buffer.append(chunk)
            return true
        }

        var data: Data { lock.lock(); defer { lock.unlock() }; return buffer }
        var overflowed: Bool { lock.lock(); defer { lock.unlock() }; return over }
    }
}
