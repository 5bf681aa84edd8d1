import Foundation
import Testing

/// A failure of the tmux harness, with what the pane showed last.
struct TmuxError: Error, CustomStringConvertible {
    let description: String
}

/// One program in its own tmux server (`tmux -L <unique socket>`), driven like a user would:
/// keys in, screen text out. The server is killed when the session is released.
///
///     let tmux = try TmuxSession(arguments: ["dev", "terminal-check"])
///     try await tmux.waitFor("Sở Kế hoạch và Đầu tư")
///     try tmux.sendKeys("Up")
///     try tmux.sendText("ế")
///     try tmux.resize(width: 70, height: 20)
///     #expect(try await tmux.exitCode() == 0)
///
/// The command runs as `sh -c 'env … BIN ARGS; echo EXIT=$?; PS1="shell> " exec sh -i'`: the exit code is
/// printed after the program ends, and then an interactive shell shows whether the terminal was restored.
final class TmuxSession {
    static let shellPrompt = "shell> "
    static let pollInterval: Duration = .milliseconds(50)
    static let defaultTimeout: Duration = .seconds(10)
    /// A wait gives up only after its deadline AND this many looks: the tests share two cooperative threads
    /// with tests blocked in LibreOffice or a server's start, and a starved wait may wake only once or twice
    /// before its deadline has passed, with the screen long since right.
    static let minimumLooks = 10

    let socket: String
    let target = "S"
    private(set) var width: Int
    private(set) var height: Int
    private let tmux: String
    private var socketPath: String?

    /// Starts `binary arguments` in a detached `width`×`height` window with TERM=xterm-256color and
    /// LANG=C.UTF-8 (the locale variables and NO_COLOR of the test process are removed first);
    /// `environment` adds or overrides variables, `unsetLang` runs it with no LANG at all.
    init(binary: String = TmuxSession.binaryPath(), arguments: [String], width: Int = 100, height: Int = 30,
         environment: [String: String] = [:], unsetLang: Bool = false, fromInteractiveShell: Bool = false,
         directory: String? = nil) throws {
        guard let tmux = Self.tmuxPath else {
            throw TmuxError(description: "tmux is not installed; the end-to-end tests need it (apt-get install tmux, or `make deps`)")
        }
        guard FileManager.default.isExecutableFile(atPath: binary) else {
            throw TmuxError(description: "no kehoach binary at \(binary): run `swift build --product kehoach` (or `make test`, which sets KEHOACH_BIN)")
        }
        self.tmux = tmux
        self.width = width
        self.height = height
        self.socket = "kh-e2e-\(ProcessInfo.processInfo.processIdentifier)-\(UUID().uuidString.prefix(8))"

        var variables = ["TERM": "xterm-256color"]
        if !unsetLang { variables["LANG"] = "C.UTF-8" }
        variables.merge(environment) { _, new in new }
        let removed = ["LANG", "LC_ALL", "LC_CTYPE", "LC_MESSAGES", "LANGUAGE", "NO_COLOR"]
        var program = (["env"] + removed.flatMap { ["-u", $0] }
            + variables.sorted { $0.key < $1.key }.map { "\($0.key)=\($0.value)" }
            + [binary] + arguments).map(Self.shellQuoted).joined(separator: " ")
        // `directory`: where the program runs (and writes the files it names relative to it).
        if let directory { program = "cd \(Self.shellQuoted(directory)) && " + program }
        let script = "\(program); echo \"EXIT=$?\"; PS1='\(Self.shellPrompt)' exec sh -i"
        // From an interactive shell the program is a job the shell controls (Ctrl-Z stops it, `fg` resumes it).
        let shell = "PS1='\(Self.shellPrompt)' exec sh -i"
        try run(["new-session", "-d", "-s", target, "-x", String(width), "-y", String(height),
                 fromInteractiveShell ? shell : script])
        socketPath = try? run(["display-message", "-p", "#{socket_path}"]).trimmingCharacters(in: .whitespacesAndNewlines)
        if fromInteractiveShell {
            // A simple command, not a list: a shell resumes a stopped list's next command at once.
            try run(["send-keys", "-t", target, "-l", program])
            try run(["send-keys", "-t", target, "Enter"])
        }
    }

    deinit {
        _ = try? run(["kill-server"])
        // The server leaves its socket file behind.
        if let socketPath, !socketPath.isEmpty { unlink(socketPath) }
    }

    // MARK: Driving

    /// Named keys as tmux spells them: "Up", "NPage", "Tab", "BTab", "F5", "C-r", "Escape", "Enter".
    func sendKeys(_ keys: String...) throws {
        try run(["send-keys", "-t", target] + keys)
    }

    /// Literal text, sent as typed (UTF-8 bytes): `sendText("ế")`.
    func sendText(_ text: String) throws {
        try run(["send-keys", "-t", target, "-l", text])
    }

    /// Pastes `text` as a terminal paste does: bracketed (ESC [ 200 ~ … ESC [ 201 ~) when the program asked for it.
    func paste(_ text: String) throws {
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("kh-paste-\(UUID().uuidString)")
        try text.write(to: file, atomically: true, encoding: .utf8)
        defer { try? FileManager.default.removeItem(at: file) }
        try run(["load-buffer", "-b", "kh", file.path])
        try run(["paste-buffer", "-p", "-d", "-b", "kh", "-t", target])
    }

    /// The visible pane, one line per row; `escapes` keeps the colours and attributes as SGR sequences.
    func capture(escapes: Bool = false) throws -> String {
        try run(["capture-pane", "-p", "-t", target] + (escapes ? ["-e"] : []))
    }

    /// A pane variable tmux keeps of the program's terminal modes: `#{mouse_any_flag}` is "1" while mouse
    /// reporting is on.
    func paneFormat(_ format: String) throws -> String {
        try run(["display-message", "-p", "-t", target, format]).trimmingCharacters(in: .whitespacesAndNewlines)
    }

    func lines(escapes: Bool = false) throws -> [String] {
        try capture(escapes: escapes).split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    }

    func resize(width: Int, height: Int) throws {
        try run(["resize-window", "-t", target, "-x", String(width), "-y", String(height)])
        self.width = width
        self.height = height
    }

    // MARK: Waiting (polled every 50 ms, always bounded)

    /// Waits until the pane shows `text`; returns the capture that did.
    @discardableResult
    func waitFor(_ text: String, timeout: Duration = TmuxSession.defaultTimeout) async throws -> String {
        try await waitUntil("the pane shows \"\(text)\"", timeout: timeout) { $0.contains(text) }
    }

    /// Waits until the pane shows `text` and has stopped changing (two polls alike): a whole frame, not one
    /// caught half-drawn. Use it before checking the layout of the whole screen.
    @discardableResult
    func waitForSettled(_ text: String, timeout: Duration = TmuxSession.defaultTimeout) async throws -> String {
        var previous = ""
        return try await waitUntil("the pane shows \"\(text)\" and stops changing", timeout: timeout) { screen in
            defer { previous = screen }
            return screen.contains(text) && screen == previous
        }
    }

    /// Waits until `condition` holds for a capture; throws with the last capture when time runs out.
    @discardableResult
    func waitUntil(_ what: String, timeout: Duration = TmuxSession.defaultTimeout,
                   escapes: Bool = false, _ condition: (String) -> Bool) async throws -> String {
        let clock = ContinuousClock()
        let deadline = clock.now.advanced(by: timeout)
        var last = ""
        var looks = 0
        while true {
            last = try capture(escapes: escapes)
            looks += 1
            if condition(last) { return last }
            if clock.now >= deadline && looks >= Self.minimumLooks { break }
            try await Task.sleep(for: Self.pollInterval)
        }
        throw TmuxError(description: "timed out after \(timeout) waiting until \(what); the pane showed:\n\(last)")
    }

    /// The program's exit code, once it has ended (from the `EXIT=n` line the wrapper prints).
    func exitCode(timeout: Duration = TmuxSession.defaultTimeout) async throws -> Int32 {
        let screen = try await waitUntil("the program exits", timeout: timeout) { Self.exitCode(in: $0) != nil }
        return Self.exitCode(in: screen) ?? -1
    }

    static func exitCode(in screen: String) -> Int32? {
        for line in screen.split(separator: "\n") {
            let trimmed = line.trimmingCharacters(in: .whitespaces)
            if trimmed.hasPrefix("EXIT="), let code = Int32(trimmed.dropFirst(5)) { return code }
        }
        return nil
    }

    /// After the program ended: the shell takes typed input, echoes it and runs it, so the terminal is
    /// back in its normal (cooked, echoing) mode.
    func expectShellUsable() async throws {
        // The capture drops trailing spaces, the prompt's included.
        try await waitFor(String(Self.shellPrompt.dropLast()))
        try sendText("echo typed-$((6*7))")
        try sendKeys("Enter")
        let screen = try await waitFor("\ntyped-42")
        guard screen.contains(Self.shellPrompt + "echo typed-$((6*7))") else {
            throw TmuxError(description: "the typed command was not echoed; the pane showed:\n\(screen)")
        }
    }

    // MARK: Locating things

    /// KEHOACH_BIN (set by `make test`), else the debug build of this package.
    static func binaryPath(file: String = #filePath) -> String {
        if let path = ProcessInfo.processInfo.environment["KEHOACH_BIN"], !path.isEmpty { return path }
        let root = URL(fileURLWithPath: file).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent()
        return root.appendingPathComponent(".build/debug/kehoach").path
    }

    static let tmuxPath: String? = {
        let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"
        for directory in path.split(separator: ":") {
            let candidate = "\(directory)/tmux"
            if FileManager.default.isExecutableFile(atPath: candidate) { return candidate }
        }
        return nil
    }()

    static var isCI: Bool { !(ProcessInfo.processInfo.environment["CI"] ?? "").isEmpty }

    /// Run where tmux exists; in CI run anyway, so that a missing tmux fails loudly instead of skipping.
    static var shouldRun: Bool { tmuxPath != nil || isCI }

    static func shellQuoted(_ word: String) -> String {
        "'" + word.replacingOccurrences(of: "'", with: "'\\''") + "'"
    }

    // MARK: tmux itself

    /// Runs one tmux command and returns its standard output.
    ///
    /// Not Foundation's `Process`: children spawned from the test runner's threads inherit a signal mask that
    /// blocks SIGTERM and SIGCHLD, and a tmux server started with that mask ignores `kill-server` for ever.
    /// posix_spawn here resets the mask and the handlers; output goes through files, not pipes, so that
    /// the daemonised server can never hold a pipe open.
    @discardableResult
    private func run(_ arguments: [String]) throws -> String {
        let scratch = FileManager.default.temporaryDirectory
            .appendingPathComponent("kh-tmux-\(UUID().uuidString)")
        let outputPath = scratch.path + ".out"
        let errorPath = scratch.path + ".err"
        defer {
            try? FileManager.default.removeItem(atPath: outputPath)
            try? FileManager.default.removeItem(atPath: errorPath)
        }

        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 1, outputPath, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
        posix_spawn_file_actions_addopen(&actions, 2, errorPath, O_WRONLY | O_CREAT | O_TRUNC, 0o600)

        var attributes = posix_spawnattr_t()
        posix_spawnattr_init(&attributes)
        defer { posix_spawnattr_destroy(&attributes) }
        var noneBlocked = sigset_t()
        sigemptyset(&noneBlocked)
        posix_spawnattr_setsigmask(&attributes, &noneBlocked)
        var defaults = sigset_t()
        sigemptyset(&defaults)
        for signal in [SIGCHLD, SIGTERM, SIGINT, SIGHUP, SIGPIPE] { sigaddset(&defaults, signal) }
        posix_spawnattr_setsigdefault(&attributes, &defaults)
        posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETSIGMASK | POSIX_SPAWN_SETSIGDEF))

        // -u: UTF-8 whatever the test's locale; -f /dev/null: never the user's configuration.
        let argv = [tmux, "-u", "-L", socket, "-f", "/dev/null"] + arguments
        var environment = ProcessInfo.processInfo.environment
        environment["TMUX"] = nil
        environment["LC_ALL"] = nil
        environment["LANG"] = "C.UTF-8"
        environment["SHELL"] = "/bin/sh"
        let envp = environment.map { "\($0.key)=\($0.value)" }

        let cArgv = argv.map { strdup($0) } + [nil]
        let cEnvp = envp.map { strdup($0) } + [nil]
        defer {
            cArgv.forEach { free($0) }
            cEnvp.forEach { free($0) }
        }
        var pid = pid_t()
        let spawned = posix_spawn(&pid, tmux, &actions, &attributes, cArgv, cEnvp)
        guard spawned == 0 else {
            throw TmuxError(description: "cannot start tmux: \(String(cString: strerror(spawned)))")
        }
        var status: Int32 = 0
        while waitpid(pid, &status, 0) == -1 && errno == EINTR {}
        let output = (try? String(contentsOfFile: outputPath, encoding: .utf8)) ?? ""
        let exitedNormally = status & 0x7F == 0
        let code = (status >> 8) & 0xFF
        guard exitedNormally && code == 0 else {
            let message = (try? String(contentsOfFile: errorPath, encoding: .utf8)) ?? ""
            throw TmuxError(description: "tmux \(arguments.first ?? "") failed (status \(status)): \(message)")
        }
        return output
    }
}
