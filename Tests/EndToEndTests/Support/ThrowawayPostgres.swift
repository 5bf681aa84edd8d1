import Foundation

/// A PostgreSQL server of the test's own for the end-to-end tests (this target links no kehoach module):
/// `initdb` and `pg_ctl` in a temporary directory, loopback only, on a free port; as root it runs as the
/// `postgres` user, since the server refuses root. Stopped and removed by `remove()`.
final class ThrowawayPostgres {
    let directory: String
    private(set) var port = 0
    private let binaries: String
    private let runAs: [String]

    /// nil when this machine has no server binaries (CI installs them: there the test fails instead).
    static var binaries: String? {
        let base = "/usr/lib/postgresql"
        let versions = ((try? FileManager.default.contentsOfDirectory(atPath: base)) ?? []).compactMap(Int.init).sorted(by: >)
        return versions.map { "\(base)/\($0)/bin" }.first { FileManager.default.isExecutableFile(atPath: $0 + "/initdb") }
    }

    var url: String { "postgres://kehoach_e2e@127.0.0.1:\(port)/postgres?sslmode=disable" }

    init() throws {
        guard let binaries = Self.binaries else { throw Failure(description: "no PostgreSQL server binaries in /usr/lib/postgresql") }
        self.binaries = binaries
        runAs = geteuid() == 0 ? ["/usr/sbin/runuser", "-u", "postgres", "--"] : []
        directory = FileManager.default.temporaryDirectory.path + "/kehoach-e2e-pg-" + UUID().uuidString
        try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        if geteuid() == 0, try Binary.run("/bin/chown", ["postgres", directory]).status != 0 {
            throw Failure(description: "cannot give \(directory) to the postgres user")
        }
        try run("initdb", ["-D", directory + "/data", "-U", "kehoach_e2e", "--auth=trust", "-E", "UTF8",
                           "--locale=C.UTF-8", "--no-sync"])
        var chosen: Int?
        for _ in 0..<20 {
            let candidate = Int.random(in: 20_000...60_000)
            if (try? start(port: candidate)) != nil { chosen = candidate; break }
        }
        guard let chosen else { throw Failure(description: "the test server did not start (see \(directory)/server.log)") }
        port = chosen
    }

    /// Stops the server, keeping its data (`start` brings it back on the same port).
    func stop() throws {
        try run("pg_ctl", ["-D", directory + "/data", "-m", "fast", "-w", "stop"])
    }

    func start() throws { try start(port: port) }

    /// The end of the server's log and whether it runs: said beside a test's failure, since what the
    /// server did at that moment is gone once the test removes it.
    var diagnosis: String {
        let log = (try? String(contentsOfFile: directory + "/server.log", encoding: .utf8)) ?? "(no server.log)"
        let running = FileManager.default.fileExists(atPath: directory + "/data/postmaster.pid")
        return "server \(running ? "running" : "stopped") on port \(port); the end of its log:\n"
            + log.split(separator: "\n", omittingEmptySubsequences: false).suffix(15).joined(separator: "\n")
    }

    /// Freezes (SIGSTOP) or thaws (SIGCONT) the server and its backends: a hung server, or a network that
    /// dropped without closing anything — the sockets stay open and nothing answers.
    func freeze(_ frozen: Bool) throws {
        let pidFile = try String(contentsOfFile: directory + "/data/postmaster.pid", encoding: .utf8)
        guard let postmaster = pidFile.split(separator: "\n").first.map(String.init) else {
            throw Failure(description: "no pid in \(directory)/data/postmaster.pid")
        }
        let signal = frozen ? "-STOP" : "-CONT"
        // The backends first when freezing, the postmaster first when thawing: none is left running alone.
        let steps: [(String, [String])] = [("/usr/bin/pkill", [signal, "-P", postmaster]), ("/bin/kill", [signal, postmaster])]
        for (tool, arguments) in frozen ? steps : steps.reversed() {
            let status = try Binary.run(tool, arguments).status
            // pkill answers 1 when no process matched (a server with no backends): not a failure.
            guard status == 0 || (tool.hasSuffix("pkill") && status == 1) else {
                throw Failure(description: "\(tool) \(arguments.joined(separator: " ")) exited \(status)")
            }
        }
    }

    func remove() {
        _ = try? run("pg_ctl", ["-D", directory + "/data", "-m", "immediate", "-w", "stop"])
        try? FileManager.default.removeItem(atPath: directory)
    }

    private func start(port: Int) throws {
        try run("pg_ctl", ["-D", directory + "/data", "-l", directory + "/server.log", "-w", "-t", "30",
                           "-o", "-p \(port) -k \(directory) -c listen_addresses=127.0.0.1 -c fsync=off", "start"])
    }

    /// Through waitpid, with nothing but /dev/null for the tool's streams: the server that `pg_ctl start`
    /// leaves running inherits them, and Foundation's own wait was seen never to return then.
    private func run(_ tool: String, _ arguments: [String]) throws {
        let command = runAs + [binaries + "/" + tool] + arguments
        let process = Process()
        process.executableURL = URL(fileURLWithPath: command[0])
        process.arguments = Array(command.dropFirst())
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        process.standardInput = FileHandle.nullDevice
        try process.run()
        var status: Int32 = 0
        let code: Int32
        if waitpid(process.processIdentifier, &status, 0) == process.processIdentifier {
            code = (status >> 8) & 0xff
        } else {
            process.waitUntilExit()
            code = process.terminationStatus
        }
        guard code == 0 else { throw Failure(description: "\(tool) \(arguments.joined(separator: " ")) exited \(code)") }
    }

    struct Failure: Error, CustomStringConvertible { let description: String }
}
