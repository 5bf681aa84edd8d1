import Foundation
@testable import PlanStore

/// A throw-away PostgreSQL server for the tests: `initdb` and `pg_ctl` in a temporary directory,
/// listening on a free loopback port only, started once per test process and stopped at its exit.
/// As root (CI, containers) it runs as the `postgres` OS user, since the server refuses to run as root.
final class PostgresTestServer: @unchecked Sendable {
    let directory: String
    let port: Int
    let superuser = "kehoach_test"
    private let runAs: String?
    private let binaries: String

    /// Why the PostgreSQL tests cannot run here, or nil when they can. In CI a missing server is a
    /// failure, never a skip.
    static var unavailableReason: String? {
        if binDirectory() != nil { return nil }
        return "no PostgreSQL server binaries (initdb, pg_ctl) in /usr/lib/postgresql/*/bin or on PATH"
    }

    static let isCI = !(ProcessInfo.processInfo.environment["CI"] ?? "").isEmpty

    private static let lock = NSLock()
    nonisolated(unsafe) private static var sharedServer: PostgresTestServer?

    /// The server of this test process, started on first use.
    static func shared() throws -> PostgresTestServer {
        lock.lock()
        defer { lock.unlock() }
        if let sharedServer { return sharedServer }
        let server = try PostgresTestServer()
        sharedServer = server
        atexit { PostgresTestServer.sharedServer?.stop() }
        return server
    }

    /// A server of the caller's own, for tests that stop it; the caller stops it.
    static func startPrivate() throws -> PostgresTestServer { try PostgresTestServer() }

    private init() throws {
        guard let binaries = Self.binDirectory() else {
            throw Failure.message(Self.unavailableReason ?? "no server")
        }
        self.binaries = binaries
        runAs = geteuid() == 0 ? "postgres" : nil
        directory = FileManager.default.temporaryDirectory.path + "/kehoach-pg-" + UUID().uuidString
        try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        if let runAs { try Self.run("/bin/chown", [runAs, directory], asUser: nil) }
        try Self.run(binaries + "/initdb", ["-D", directory + "/data", "-U", superuser, "--auth=trust", "-E", "UTF8",
                                       "--locale=C.UTF-8", "--no-sync"], asUser: runAs)
        var started: Int?
        for _ in 0..<20 {
            let candidate = Int.random(in: 20_000...60_000)
            let options = "-p \(candidate) -k \(directory) -c listen_addresses=127.0.0.1 -c fsync=off"
            if (try? Self.run(binaries + "/pg_ctl", ["-D", directory + "/data", "-o", options, "-w", "-t", "30",
                                                 "-l", directory + "/server.log", "start"], asUser: runAs)) != nil {
                started = candidate
                break
            }
        }
        guard let started else { throw Failure.message("the test server did not start (see \(directory)/server.log)") }
        port = started
    }

    func stop() {
        _ = try? Self.run(binaries + "/pg_ctl", ["-D", directory + "/data", "-m", "immediate", "-w", "stop"], asUser: runAs)
        try? FileManager.default.removeItem(atPath: directory)
    }

    /// Stops the server, keeping its data, for `startAgain` (the reconnect tests).
    func stopOnly() throws {
        try Self.run(binaries + "/pg_ctl", ["-D", directory + "/data", "-m", "fast", "-w", "stop"], asUser: runAs)
    }

    func startAgain() throws {
        let options = "-p \(port) -k \(directory) -c listen_addresses=127.0.0.1 -c fsync=off"
        try Self.run(binaries + "/pg_ctl", ["-D", directory + "/data", "-o", options, "-w", "-t", "30",
                                       "-l", directory + "/server.log", "start"], asUser: runAs)
    }

    /// Freezes (SIGSTOP) or thaws (SIGCONT) the server and every process it started: a hung server or a
    /// dropped network, whose sockets stay open and never answer.
    func freeze(_ frozen: Bool) throws {
        let pidFile = try String(contentsOfFile: directory + "/data/postmaster.pid", encoding: .utf8)
        guard let postmaster = pidFile.split(separator: "\n").first.flatMap({ Int32($0) }) else {
            throw Failure.message("no postmaster pid in \(directory)/data/postmaster.pid")
        }
        let signal = frozen ? SIGSTOP : SIGCONT
        // A backend that ended between the listing and the signal (ESRCH) has nothing left to freeze.
        for pid in [postmaster] + Self.children(of: postmaster) where kill(pid, signal) != 0 && errno != ESRCH {
            throw Failure.message("kill(\(pid)) failed: errno \(errno)")
        }
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

    /// A fresh, empty database on the server for one test; its connection details.
    func createDatabase() throws -> PostgresConnectionInfo {
        let name = "t_" + UUID().uuidString.replacingOccurrences(of: "-", with: "").lowercased()
        try psql("CREATE DATABASE \(name)", database: "postgres")
        return info(database: name)
    }

    func info(database: String, user: String? = nil, password: String? = nil) -> PostgresConnectionInfo {
        PostgresConnectionInfo(host: "127.0.0.1", port: port, user: user ?? superuser, password: password,
                               database: database, sslMode: .disable)
    }

    /// Runs SQL through `psql` as the superuser (or `user`); the output on success.
    @discardableResult
    func psql(_ sql: String, database: String, user: String? = nil) throws -> String {
        try Self.run(binaries + "/psql", ["-X", "-q", "-v", "ON_ERROR_STOP=1", "-h", "127.0.0.1", "-p", String(port),
                                     "-U", user ?? superuser, "-d", database, "-At", "-c", sql], asUser: nil)
    }

    enum Failure: Error, CustomStringConvertible {
        case message(String)
        var description: String { if case .message(let text) = self { return text } else { return "" } }
    }

    @discardableResult
    private static func run(_ executable: String, _ arguments: [String], asUser user: String?) throws -> String {
        // The server that `pg_ctl start` leaves running would inherit pipes and hold them open for
        // ever: starting and stopping talk to nothing but the log file and the exit status.
        if arguments.contains("start") || arguments.contains("stop") {
            return try runDetached(executable, arguments, asUser: user)
        }
        let process = Process()
        if let user {
            process.executableURL = URL(fileURLWithPath: "/usr/sbin/runuser")
            process.arguments = ["-u", user, "--", executable] + arguments
        } else {
            process.executableURL = URL(fileURLWithPath: executable)
            process.arguments = arguments
        }
        let output = Pipe()
        let errors = Pipe()
        process.standardOutput = output
        process.standardError = errors
        process.standardInput = FileHandle.nullDevice
        try process.run()
        let out = output.fileHandleForReading.readDataToEndOfFile()
        let err = errors.fileHandleForReading.readDataToEndOfFile()
        var status: Int32 = 0
        let waited = waitpid(process.processIdentifier, &status, 0)
        let code = waited == process.processIdentifier ? (status >> 8) & 0xff : Self.reaped(process)
        guard code == 0 else {
            throw Failure.message("\(executable) \(arguments.joined(separator: " ")): "
                                  + String(decoding: err, as: UTF8.self))
        }
        return String(decoding: out, as: UTF8.self)
    }

    private static func runDetached(_ executable: String, _ arguments: [String], asUser user: String?) throws -> String {
        let process = Process()
        if let user {
            process.executableURL = URL(fileURLWithPath: "/usr/sbin/runuser")
            process.arguments = ["-u", user, "--", executable] + arguments
        } else {
            process.executableURL = URL(fileURLWithPath: executable)
            process.arguments = arguments
        }
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        process.standardInput = FileHandle.nullDevice
        try process.run()
        // waitpid, not waitUntilExit: inside the test runner the latter was seen never to return.
        var status: Int32 = 0
        let waited = waitpid(process.processIdentifier, &status, 0)
        let code = waited == process.processIdentifier ? (status >> 8) & 0xff : Self.reaped(process)
        guard code == 0 else {
            throw Failure.message("\(executable) \(arguments.joined(separator: " ")) exited \(code)")
        }
        return ""
    }

    /// The exit status of a child Foundation reaped before our waitpid could.
    private static func reaped(_ process: Process) -> Int32 {
        process.waitUntilExit()
        return process.terminationStatus
    }

    private static func binDirectory() -> String? {
        let base = "/usr/lib/postgresql"
        let versions = ((try? FileManager.default.contentsOfDirectory(atPath: base)) ?? [])
            .compactMap(Int.init).sorted(by: >)
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
}
