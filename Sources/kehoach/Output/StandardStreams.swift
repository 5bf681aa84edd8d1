import Wording
import Foundation
import PlanKit
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Every byte kehoach prints goes through here, with write(2) and its result checked: a full disk
/// (ENOSPC), a closed descriptor (EBADF) or any other failure is an error with exit code 1, never a
/// crash and never a silent exit 0 with half the output. A reader that went away (EPIPE: `| head`)
/// ends the program quietly with 0 — it asked for no more.
enum StandardOutput {
    /// A message for a person: anything that would steer the terminal is shown as its picture.
    static func print(_ text: String, terminator: String = "\n") {
        write(ControlCharacters.terminalText(text) + terminator)
    }

    /// A document already escaped for its format (JSON, CSV, YAML, Markdown, DOT, the text report).
    static func write(_ text: String) {
        if closedAtStart { fail(EBADF) }
        var text = text
        text.withUTF8 { buffer in
            if let error = StreamWriter.writeAll(STDOUT_FILENO, buffer) { fail(error) }
        }
    }

    /// A document already escaped for its format, as UTF-8 bytes.
    static func write(bytes: [UInt8]) {
        if closedAtStart { fail(EBADF) }
        bytes.withUnsafeBufferPointer { buffer in
            if let error = StreamWriter.writeAll(STDOUT_FILENO, buffer) { fail(error) }
        }
    }

    /// Streams a JSON document in blocks as the writer produces them, each block a checked write,
    /// and ends it with a newline.
    static func write(_ body: (inout JSONStream) -> Void) {
        if closedAtStart { fail(EBADF) }
        var stream = JSONStream { block in
            if let error = StreamWriter.writeAll(STDOUT_FILENO, block) { fail(error) }
        }
        body(&stream)
        stream.finish()
    }

    nonisolated(unsafe) private static var closedAtStart = false

    /// `--lang X` or `--lang=X` as given: a write can fail before or after the options are parsed.
    static func languageOption(_ arguments: [String]) -> String? {
        for (index, argument) in arguments.enumerated() {
            if argument == "--lang", index + 1 < arguments.count { return arguments[index + 1] }
            if argument.hasPrefix("--lang=") { return String(argument.dropFirst("--lang=".count)) }
        }
        return nil
    }

    /// Run first. SIGPIPE would kill the process before it can tell EPIPE from other errors. A standard
    /// stream closed by the caller (`>&-`) is taken by /dev/null, so that no file kehoach opens (a report,
    /// the database) gets its number and receives the output; writes to a closed standard output still fail.
    static func prepare() {
        signal(SIGPIPE, SIG_IGN)
        for fd in [STDIN_FILENO, STDOUT_FILENO, STDERR_FILENO] where fcntl(fd, F_GETFD) == -1 {
            if fd == STDOUT_FILENO { closedAtStart = true }
            let placeholder = open("/dev/null", fd == STDIN_FILENO ? O_RDONLY : O_WRONLY)
            if placeholder >= 0 && placeholder != fd {
                dup2(placeholder, fd)
                close(placeholder)
            }
        }
    }

    private static func fail(_ code: Int32) -> Never {
        if code == EPIPE { Foundation.exit(0) }
        let language = Language.resolve(option: languageOption(CommandLine.arguments),
                                        environment: ProcessInfo.processInfo.environment)
        let reason = SystemErrorText.reason(code, language)
        StandardError.print("kehoach: " + language(CommandMessage.standardOutputCannotWriteStandardOutput(reason: reason)))
        Foundation.exit(1)
    }
}

/// Messages on the standard error. A failure here has nowhere to be told, so it is ignored; escaping
/// still applies (an error message quotes what the user or the file gave).
enum StandardError {
    static func print(_ text: String) {
        var line = ControlCharacters.terminalText(text) + "\n"
        line.withUTF8 { _ = StreamWriter.writeAll(STDERR_FILENO, $0) }
    }

    /// Terminal control the program means (the progress line's erase), written as it is.
    static func writeControl(_ text: String) {
        var text = text
        text.withUTF8 { _ = StreamWriter.writeAll(STDERR_FILENO, $0) }
    }
}

/// write(2) until everything is out; nil when it is, else the errno.
enum StreamWriter {
    static func writeAll(_ fd: Int32, _ buffer: UnsafeBufferPointer<UInt8>) -> Int32? {
        guard let base = buffer.baseAddress else { return nil }
        var written = 0
        while written < buffer.count {
            let result = write(fd, base + written, buffer.count - written)
            if result < 0 {
                if errno == EINTR { continue }
                return errno
            }
            if result == 0 { return EIO }
            written += result
        }
        return nil
    }
}
