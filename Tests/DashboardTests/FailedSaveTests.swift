import Dashboard
import Foundation
import PlanKit
import PlanStore
import Testing

/// A save that fails says so on the status bar, and the screen keeps showing the stored value.
@Suite(.timeLimit(.minutes(1))) struct FailedSaveTests {
    let plan = "kon-tum-3785"

    /// Runs a program to its end; false where it is missing or fails.
    @discardableResult
    static func run(_ path: String, _ arguments: [String]) -> Bool {
        guard FileManager.default.isExecutableFile(atPath: path) else { return false }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: path)
        process.arguments = arguments
        process.standardError = FileHandle.nullDevice
        guard (try? process.run()) != nil else { return false }
        process.waitUntilExit()
        return process.terminationStatus == 0
    }

    static func writable(_ path: String) -> Bool {
        let fd = open(path, O_WRONLY)
        if fd >= 0 { close(fd) }
        return fd >= 0
    }

    /// Checks that nothing unsaved shows: the store holds nothing, the state holds what the store holds.
    func expectShowsStored(_ h: Harness, sourceLocation: SourceLocation = #_sourceLocation) throws {
        let stored = try h.store.statuses(planID: plan)
        #expect(h.state.document?.statuses.count == stored.count, sourceLocation: sourceLocation)
        for (key, record) in stored { #expect(h.state.document?.statuses[key] == record, sourceLocation: sourceLocation) }
    }

    @Test func readOnlyDatabaseFile() throws {
        let temp = try TempStore([.konTum])
        // chmod 0400 is what a user would do; root ignores it, so where it does not hold the file is made
        // immutable (chattr +i), which binds root too.
        chmod(temp.path, 0o400)
        var how = "chmod 0400"
        if Self.writable(temp.path), Self.run("/usr/bin/chattr", ["+i", temp.path]) { how = "chmod 0400 + chattr +i" }
        defer {
            Self.run("/usr/bin/chattr", ["-i", temp.path])
            chmod(temp.path, 0o600)
        }
        let store: any Store
        if Self.writable(temp.path) {
            // Neither held (no CAP_LINUX_IMMUTABLE): a store double fails as SQLite does on a read-only file.
            how = "store double"
            let memory = InMemoryStore(plans: [(plan, Seeds.konTum)])
            memory.failWrites = .writeFailed(path: temp.path, reason: "attempt to write a readonly database")
            store = memory
        } else {
            store = try temp.open()
        }
        print("FAILED-SAVE read-only file made by: \(how)")
        let h = Harness(store: store)
        EditingKeyTests.jump(h, to: "I.2")
        h.type("d")
        #expect(h.text.contains("Chưa lưu: tệp dữ liệu chỉ cho đọc ("))
        #expect(h.state.document?.statuses[StatusKey(taskCode: "I.2")] == nil)
        #expect(h.selectedLine?.contains("Chưa TH") == true)
        try expectShowsStored(h)
        h.expectWellFormed()
        // A note and a progress fail the same way; nothing is left to undo.
        h.type("c")
        h.type("Ghi chú không lưu được")
        h.press(.ctrl("s"))
        #expect(h.text.contains("Chưa lưu"))
        h.type("p")
        h.type("30")
        h.press(.enter)
        try expectShowsStored(h)
        h.type("u")
        #expect(h.text.contains("Không còn thay đổi nào của máy này"))
        #expect(h.runtime.exit.errors.filter { $0.contains("readonly") }.count >= 3)
        #expect(h.runtime.exit.summary == nil, "nothing was changed")
    }

    @Test func diskFullThroughAStoreDouble() throws {
        let store = InMemoryStore(plans: [(plan, Seeds.konTum)])
        let h = Harness(store: store)
        EditingKeyTests.jump(h, to: "I.2")
        h.type("i")
        #expect(try store.statuses(planID: plan)[StatusKey(taskCode: "I.2")]?.status == .inProgress)
        store.failWrites = .writeFailed(path: "/data/kehoach.sqlite", reason: "database or disk is full")
        h.type("d")
        #expect(h.text.contains("Chưa lưu: đĩa đã đầy (/data/kehoach.sqlite)"))
        #expect(h.state.document?.statuses[StatusKey(taskCode: "I.2")]?.status == .inProgress, "the stored value stays")
        #expect(h.selectedLine?.contains("Trong hạn") == true || h.selectedLine?.contains("Đang thực hiện") == true)
        // Marks survive a failed save, so the user can retry once the disk has room.
        h.type("v")
        h.type("z")
        #expect(h.state.editing.marks == ["I.2"])
        store.failWrites = nil
        h.type("z")
        #expect(try store.statuses(planID: plan)[StatusKey(taskCode: "I.2")]?.status == .suspended)
        #expect(h.state.editing.marks.isEmpty)
    }

    @Test(.enabled(if: FileManager.default.isExecutableFile(atPath: "/usr/bin/sqlite3"), "needs the sqlite3 CLI"))
    func lockedPastTheTimeout() throws {
        let temp = try TempStore([.konTum])
        let h = Harness(store: try temp.open())
        EditingKeyTests.jump(h, to: "I.2")
        // Another process takes the write lock and keeps it past the store's busy timeout.
        let locker = Process()
        locker.executableURL = URL(fileURLWithPath: "/usr/bin/sqlite3")
        locker.arguments = [temp.path]
        let input = Pipe()
        let output = Pipe()
        locker.standardInput = input
        locker.standardOutput = output
        locker.standardError = FileHandle.nullDevice
        try locker.run()
        defer {
            try? input.fileHandleForWriting.close()
            locker.waitUntilExit()
        }
        input.fileHandleForWriting.write(Data("BEGIN IMMEDIATE;\nSELECT 'locked';\n".utf8))
        var seen = ""
        while !seen.contains("locked") {
            let data = output.fileHandleForReading.availableData
            if data.isEmpty { break }
            seen += String(decoding: data, as: UTF8.self)
        }
        #expect(seen.contains("locked"))
        let started = Date()
        h.type("d")
        let waited = Date().timeIntervalSince(started)
        #expect(waited >= SQLiteStore.busyTimeout - 0.5)
        #expect(h.text.contains("Chưa lưu: nơi khác giữ khóa ghi quá lâu"))
        #expect(h.runtime.exit.errors.last?.contains("locked") == true)
        #expect(h.state.document?.statuses[StatusKey(taskCode: "I.2")] == nil)
        // Once the other process lets go, the same key saves.
        input.fileHandleForWriting.write(Data("ROLLBACK;\n.quit\n".utf8))
        locker.waitUntilExit()
        h.type("d")
        #expect(try h.store.statuses(planID: plan)[StatusKey(taskCode: "I.2")]?.status == .done)
    }
}
