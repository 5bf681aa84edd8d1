import Foundation

/// A throw-away PostgreSQL server for tests: `initdb` and `pg_ctl` in a temporary directory, listening on
/// a free loopback port only, trusting local logins. As root (CI, containers) it runs as the `postgres` OS
/// user, since the server refuses to run as root. The store tests share one per process; the tmux tests
/// start one per test and stop, freeze and restart it.
public final class ThrowawayPostgres: @unchecked Sendable {
    public let directory: String
    public let port: Int
    public let superuser: String
    private let runAs: String?
    private let binaries: String

    /// The newest server's binaries under /usr/lib/postgresql, else on PATH; nil when this machine has none.
    public static var binaries: String? {
        let base = "/usr/lib/postgresql"
        let versions = ((try? FileManager.default.contentsOfDirectory(atPath: base)) ?? []).compactMap(Int.init).sorted(by: >)
        for version in versions where FileManager.default.isExecutableFile(atPath: "\(base)/\(version)/bin/initdb") {
            return "\(base)/\(version)/bin"
        }
        for directory in (ProcessInfo.processInfo.environment["PATH"] ?? "").split(separator: ":")
        where FileManager.default.isExecutableFile(atPath: "\(directory)/initdb")
            && FileManager.default.isExecutableFile(atPath: "\(directory)/pg_ctl") {
            return String(directory)
        }
        return nil
    }

    /// Why no server can be started here, or nil when one can. In CI a missing server is a failure, never a skip.
    public static var unavailableReason: String? {
        binaries == nil ? "no PostgreSQL server binaries (initdb, pg_ctl) in /usr/lib/postgresql/*/bin or on PATH" : nil
    }

    public static let isCI = !(ProcessInfo.processInfo.environment["CI"] ?? "").isEmpty

    public init(superuser: String = "kehoach_test") throws {
        guard let binaries = Self.binaries else { throw Failure(description: Self.unavailableReason ?? "no server") }
        self.binaries = binaries
        self.superuser = superuser
        runAs = geteuid() == 0 ? "postgres" : nil
        directory = FileManager.default.temporaryDirectory.path + "/kehoach-pg-" + UUID().uuidString
        try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        if let runAs { try Self.run("/bin/chown", [runAs, directory], asUser: nil) }
        try Self.run(binaries + "/initdb", ["-D", directory + "/data", "-U", superuser, "--auth=trust", "-E", "UTF8",
                                            "--locale=C.UTF-8", "--no-sync"], asUser: runAs)
        var started: Int?
        for _ in 0..<20 {
            let candidate = Int.random(in: 20_000...60_000)
            if (try? Self.start(binaries: binaries, directory: directory, port: candidate, asUser: runAs)) != nil {
                started = candidate
                break
            }
        }
        guard let started else { throw Failure(description: "the test server did not start (see \(directory)/server.log)") }
        port = started
    }

    /// A URL of the server for the command line, as the superuser unless `user` is given.
    public func url(database: String = "postgres", user: String? = nil) -> String {
        "postgres://\(user ?? superuser)@127.0.0.1:\(port)/\(database)?sslmode=disable"
    }

    /// Stops the server (fast: sessions are ended), keeping its data: `start` brings it back on the same port.
    public func stop() throws {
        try Self.run(binaries + "/pg_ctl", ["-D", directory + "/data", "-m", "fast", "-w", "stop"], asUser: runAs)
    }

    public func start() throws {
        try Self.start(binaries: binaries, directory: directory, port: port, asUser: runAs)
    }

    /// Stops the server at once and removes its directory.
    public func remove() {
        _ = try? Self.run(binaries + "/pg_ctl", ["-D", directory + "/data", "-m", "immediate", "-w", "stop"], asUser: runAs)
        try? FileManager.default.removeItem(atPath: directory)
    }

    /// Freezes (SIGSTOP) or thaws (SIGCONT) the server and every process it started: a hung server or a
    /// dropped network, whose sockets stay open and never answer.
    public func freeze(_ frozen: Bool) throws {
        let pidFile = try String(contentsOfFile: directory + "/data/postmaster.pid", encoding: .utf8)
        guard let postmaster = pidFile.split(separator: "\n").first.flatMap({ Int32($0) }) else {
            throw Failure(description: "no postmaster pid in \(directory)/data/postmaster.pid")
        }
        let signal = frozen ? SIGSTOP : SIGCONT
        // The backends first when freezing, the postmaster first when thawing: none is left running alone.
        let processes = [postmaster] + Self.children(of: postmaster)
        // A backend that ended between the listing and the signal (ESRCH) has nothing left to freeze.
        for pid in frozen ? processes.reversed() : processes where kill(pid, signal) != 0 && errno != ESRCH {
            throw Failure(description: "kill(\(pid)) failed: errno \(errno)")
        }
    }

    /// The end of the server's log and whether it runs: said beside a test's failure, since what the
    /// server did at that moment is gone once the test removes it.
    public var diagnosis: String {
        let log = (try? String(contentsOfFile: directory + "/server.log", encoding: .utf8)) ?? "(no server.log)"
        let running = FileManager.default.fileExists(atPath: directory + "/data/postmaster.pid")
        return "server \(running ? "running" : "stopped") on port \(port); the end of its log:\n"
            + log.split(separator: "\n", omittingEmptySubsequences: false).suffix(15).joined(separator: "\n")
    }

    /// Runs SQL through `psql` as the superuser (or `user`); the output on success.
    @discardableResult
    public func psql(_ sql: String, database: String, user: String? = nil) throws -> String {
        try Self.run(binaries + "/psql", ["-X", "-q", "-v", "ON_ERROR_STOP=1", "-h", "127.0.0.1", "-p", String(port),
                                          "-U", user ?? superuser, "-d", database, "-At", "-c", sql], asUser: nil)
    }

    public struct Failure: Error, CustomStringConvertible {
        public let description: String
        public init(description: String) { self.description = description }
    }

    private static func start(binaries: String, directory: String, port: Int, asUser user: String?) throws {
        let options = "-p \(port) -k \(directory) -c listen_addresses=127.0.0.1 -c fsync=off"
        try run(binaries + "/pg_ctl", ["-D", directory + "/data", "-o", options, "-w", "-t", "30",
                                       "-l", directory + "/server.log", "start"], asUser: user)
    }

    /// Processes whose parent is `parent`, from /proc/PID/stat (its fourth field).
    private static func children(of parent: Int32) -> [Int32] {
        let entries = (try? FileManager.default.contentsOfDirectory(atPath: "/proc")) ?? []
        return entries.compactMap { entry in
            guard let pid = Int32(entry),
                  let stat = try? String(contentsOfFile: "/proc/\(entry)/stat", encoding: .utf8),
                  let close = stat.lastIndex(of: ")") else { return nil }
            let fields = stat[stat.index(after: close)...].split(separator: " ")
            return fields.count > 1 && Int32(fields[1]) == parent ? pid : nil
        }
    }

    @discardableResult
    private static func run(_ executable: String, _ arguments: [String], asUser user: String?) throws -> String {
        let process = Process()
        if let user {
            process.executableURL = URL(fileURLWithPath: "/usr/sbin/runuser")
            process.arguments = ["-u", user, "--", executable] + arguments
        } else {
            process.executableURL = URL(fileURLWithPath: executable)
            process.arguments = arguments
        }
        process.standardInput = FileHandle.nullDevice
        // The server that `pg_ctl start` leaves running would inherit pipes and hold them open for ever:
        // starting and stopping talk to nothing but the log file and the exit status.
        let detached = arguments.contains("start") || arguments.contains("stop")
        let output = Pipe()
        let errors = Pipe()
        process.standardOutput = detached ? FileHandle.nullDevice : output
        process.standardError = detached ? FileHandle.nullDevice : errors
        try process.run()
        let out = detached ? Data() : output.fileHandleForReading.readDataToEndOfFile()
        let err = detached ? Data() : errors.fileHandleForReading.readDataToEndOfFile()
        // waitpid, not waitUntilExit: inside the test runner the latter was seen never to return.
        var status: Int32 = 0
        let waited = waitpid(process.processIdentifier, &status, 0)
        let code = waited == process.processIdentifier ? (status >> 8) & 0xff : reaped(process)
        guard code == 0 else {
            throw Failure(description: "\(executable) \(arguments.joined(separator: " ")) exited \(code): "
                          + String(decoding: err, as: UTF8.self))
        }
        return String(decoding: out, as: UTF8.self)
    }

    /// The exit status of a child Foundation reaped before our waitpid could.
    private static func reaped(_ process: Process) -> Int32 {
        process.waitUntilExit()
        return process.terminationStatus
    }
}
