import Foundation
import Testing

/// The binary laid out as `make install` lays it out finds its assets from any working directory.
@Suite("Installed layout")
struct InstalledLayoutTests {
    @Test func findsItsAssetsBesideTheInstalledBinary() throws {
        let prefix = try Binary.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: prefix) }
        let fm = FileManager.default
        let bin = prefix.appendingPathComponent("bin")
        let share = prefix.appendingPathComponent("share/kehoach")
        try fm.createDirectory(at: bin, withIntermediateDirectories: true)
        try fm.createDirectory(at: share.appendingPathComponent("plans"), withIntermediateDirectories: true)
        let installed = bin.appendingPathComponent("kehoach")
        try Self.copyExecutable(from: Binary.path, to: installed.path)
        let assets = Binary.packageRoot.appendingPathComponent("Assets")
        try fm.copyItem(at: assets.appendingPathComponent("agencies.yaml"), to: share.appendingPathComponent("agencies.yaml"))
        for plan in try fm.contentsOfDirectory(atPath: assets.appendingPathComponent("plans").path) {
            try fm.copyItem(at: assets.appendingPathComponent("plans/\(plan)"), to: share.appendingPathComponent("plans/\(plan)"))
        }
        var environment = ProcessInfo.processInfo.environment
        environment["KEHOACH_ASSETS"] = nil
        // A copied binary can still be "busy" for a moment (ETXTBSY) if a descriptor to it leaked into a child
        // some other test started: wait for that, not fail on it.
        func runInstalled(_ arguments: [String]) throws -> Binary.Output {
            for _ in 0..<20 {
                do {
                    return try Binary.run(installed.path, arguments, cwd: "/", environment: environment)
                } catch let error as NSError where (error.userInfo[NSUnderlyingErrorKey] as? NSError)?.code == Int(ETXTBSY) {
                    Thread.sleep(forTimeInterval: 0.1)
                }
            }
            return try Binary.run(installed.path, arguments, cwd: "/", environment: environment)
        }
        let where_ = try runInstalled(["dev", "assets"])
        #expect(where_.status == 0, "\(where_.stderr)")
        let lines = where_.stdout.split(separator: "\n").map(String.init)
        #expect(lines.first == share.appendingPathComponent("agencies.yaml").path)
        #expect(lines.count == 3)

        let seed = share.appendingPathComponent("plans/2-kon-tum-3785-semiconductor-hr-plan.txt").path
        let dry = try runInstalled(["import", seed, "--dry-run", "--format", "json"])
        #expect(dry.status == 0, "\(dry.stderr)")
        #expect(dry.stdout.contains("\"number\" : \"3785/KH-UBND\""))
        #expect(dry.stderr.isEmpty)
    }

    @Test func importErrorsNameTheFileAndTheReason() throws {
        let dir = try Binary.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let missing = try Binary.kehoach(["import", dir.appendingPathComponent("nope.txt").path, "--dry-run"])
        #expect(missing.status == 1)
        #expect(missing.stderr.contains("nope.txt"))
        // Told by content, not by name: the start of a ZIP named .txt is a damaged Word package.
        let binary = dir.appendingPathComponent("x.txt")
        try Data([0x50, 0x4B, 0x03, 0x04, 0x00, 0x01]).write(to: binary)
        let refused = try Binary.kehoach(["import", binary.path, "--dry-run", "--lang", "en"])
        #expect(refused.status == 2)
        #expect(refused.stderr.contains("x.txt"))
        #expect(refused.stderr.contains("ZIP"))
        #expect(refused.stdout.isEmpty)
        let control = dir.appendingPathComponent("y.txt")
        try Data([0x41, 0x00, 0x42]).write(to: control)
        let binaryText = try Binary.kehoach(["import", control.path, "--dry-run", "--lang", "en"])
        #expect(binaryText.status == 2)
        #expect(binaryText.stderr.contains("binary"))
        let inVietnamese = try Binary.kehoach(["import", control.path, "--dry-run", "--lang", "vi"])
        #expect(inVietnamese.stderr.contains("nhị phân"))  // in the UI language (issue 17)
    }

    /// The binary copied through a descriptor opened close-on-exec: FileManager's copy leaves its descriptor open
    /// to whatever another test spawns meanwhile (a tmux server lives on with it), and the copy then cannot be
    /// run ("Text file busy") for as long as that process lives.
    static func copyExecutable(from source: String, to destination: String) throws {
        let bytes = try Data(contentsOf: URL(fileURLWithPath: source))
        let fd = open(destination, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o755)
        guard fd >= 0 else { throw POSIXError(POSIXErrorCode(rawValue: errno) ?? .EIO) }
        defer { close(fd) }
        try bytes.withUnsafeBytes { buffer in
            var offset = 0
            while offset < buffer.count {
                let written = write(fd, buffer.baseAddress! + offset, buffer.count - offset)
                if written < 0 {
                    if errno == EINTR { continue }
                    throw POSIXError(POSIXErrorCode(rawValue: errno) ?? .EIO)
                }
                offset += written
            }
        }
    }
}
