import Foundation
import Testing
import PlanKit
@testable import PlanStore

/// The store commands, run as a user runs them: the built binary on a scratch database (a SQLite file or
/// a PostgreSQL database) that the first command fills with the bundled plans.
@Suite struct CommandTests {
    struct Run {
        var status: Int32
        var output: String
        var errors: String
    }

    static func run(_ arguments: [String], db: String, user: String = "Lan") throws -> Run {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: KehoachBinary.path)
        process.arguments = arguments + ["--db", db, "--as", user]
        var environment = ProcessInfo.processInfo.environment
        environment["KEHOACH_ASSETS"] = SeedPlanTests.packageRoot.appendingPathComponent("Assets").path
        environment["LANG"] = "C.UTF-8"
        process.environment = environment
        let output = Pipe()
        let errors = Pipe()
        process.standardOutput = output
        process.standardError = errors
        process.standardInput = FileHandle.nullDevice  // not a terminal
        try process.run()
        let out = output.fileHandleForReading.readDataToEndOfFile()
        let err = errors.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Run(status: process.terminationStatus, output: String(decoding: out, as: UTF8.self),
                   errors: String(decoding: err, as: UTF8.self))
    }

    @Test(arguments: StoreBackend.available) func vietnameseStatusWordsWithAndWithoutDiacritics(backend: StoreBackend) throws {
        let dir = try backend.makeStore()
        let db = dir.location
        #expect(try Self.run(["status", "set", "kon-tum-3785", "II.1", "đang thực hiện", "--progress", "40"], db: db).status == 0)
        #expect(try Self.run(["status", "set", "kon-tum-3785", "iii.1", "hoan thanh", "--done-on", "30/06/2025"], db: db).status == 0)
        #expect(try Self.run(["status", "set", "kon-tum-3785", "III.2", "Tạm hoãn"], db: db).status == 0)
        #expect(try Self.run(["status", "set", "kon-tum-3785", "III.3", "chưa thực hiện"], db: db).status == 0)
        let statuses = try dir.openStore().statuses(planID: "kon-tum-3785")
        #expect(statuses[StatusKey(taskCode: "II.1")]?.status == .inProgress)
        #expect(statuses[StatusKey(taskCode: "II.1")]?.progress == 40)
        #expect(statuses[StatusKey(taskCode: "III.1")]?.doneOn == CalendarDate(year: 2025, month: 6, day: 30))
        #expect(statuses[StatusKey(taskCode: "III.2")]?.status == .suspended)
        #expect(statuses[StatusKey(taskCode: "III.3")]?.updatedBy == "Lan")

        let bad = try Self.run(["status", "set", "kon-tum-3785", "II.1", "maybe"], db: db)
        #expect(bad.status == 1)
        #expect(bad.errors.contains("maybe"))
    }

    @Test(arguments: StoreBackend.available) func undoRedoAndHistoryFromTheCommandLine(backend: StoreBackend) throws {
        let dir = try backend.makeStore()
        let db = dir.location
        _ = try Self.run(["status", "set", "kon-tum-3785", "II.1", "in-progress"], db: db)
        _ = try Self.run(["status", "set", "kon-tum-3785", "II.1", "done"], db: db)
        #expect(try Self.run(["status", "undo", "kon-tum-3785"], db: db, user: "Minh").status == 1)  // Minh has nothing to undo
        #expect(try Self.run(["status", "undo", "kon-tum-3785"], db: db).status == 0)
        #expect(try dir.openStore().statuses(planID: "kon-tum-3785")[StatusKey(taskCode: "II.1")]?.status == .inProgress)
        #expect(try Self.run(["status", "redo", "kon-tum-3785"], db: db).status == 0)
        #expect(try dir.openStore().statuses(planID: "kon-tum-3785")[StatusKey(taskCode: "II.1")]?.status == .done)

        let history = try Self.run(["history", "kon-tum-3785", "II.1", "--format", "json"], db: db)
        let entries = try JSONDecoder.iso.decode([HistoryEntry].self, from: Data(history.output.utf8))
        #expect(entries.map(\.kind) == [.edit, .edit, .undo, .redo])
    }

    @Test(arguments: StoreBackend.available) func listByAgencyWithoutDiacritics(backend: StoreBackend) throws {
        let dir = try backend.makeStore()
        let result = try Self.run(["list", "kon-tum-3785", "--agency", "so ke hoach", "--format", "json",
                                   "--as-of", "2025-12-10"], db: dir.location)
        #expect(result.status == 0)
        struct Row: Decodable { var code: String; var lead: [String]; var cooperating: [String]; var standing: String }
        let rows = try JSONDecoder().decode([Row].self, from: Data(result.output.utf8))
        #expect(!rows.isEmpty)
        #expect(rows.allSatisfy { ($0.lead + $0.cooperating).contains("Sở Kế hoạch và Đầu tư") })
        // The abbreviation finds the same tasks.
        let abbreviated = try Self.run(["list", "kon-tum-3785", "--agency", "Sở KH&ĐT", "--format", "json",
                                        "--as-of", "2025-12-10"], db: dir.location)
        #expect(try JSONDecoder().decode([Row].self, from: Data(abbreviated.output.utf8)).map(\.code) == rows.map(\.code))
        // Standings are worked out: the yearly task is due at the end of 2025.
        #expect(rows.contains { $0.standing == "due-soon" })
    }

    /// The store's answer keeps both refusals apart: an agency the plan never names is an error in the
    /// user's language; a named agency with no task of that standing is an empty list.
    @Test(arguments: StoreBackend.available) func listByUnknownAgencyOrNoMatchingTask(backend: StoreBackend) throws {
        let dir = try backend.makeStore()
        for (lang, words) in [("en", "no agency in kon-tum-3785 matches"), ("vi", "không cơ quan nào trong kon-tum-3785 khớp")] {
            let unknown = try Self.run(["list", "kon-tum-3785", "--agency", "Sở Du lịch", "--lang", lang], db: dir.location)
            #expect(unknown.status == 1)
            #expect(unknown.errors.contains(words))
        }
        let none = try Self.run(["list", "kon-tum-3785", "--agency", "so ke hoach", "--standing", "suspended",
                                 "--format", "json"], db: dir.location)
        #expect(none.status == 0)
        #expect(try JSONDecoder().decode([String].self, from: Data(none.output.utf8)).isEmpty)
    }

    @Test(arguments: StoreBackend.available) func listAsCSVAndByStanding(backend: StoreBackend) throws {
        let dir = try backend.makeStore()
        let csv = try Self.run(["list", "thai-nguyen", "--format", "csv", "--standing", "thường xuyên",
                                "--as-of", "2025-06-01"], db: dir.location)
        #expect(csv.status == 0)
        let lines = csv.output.split(separator: "\r\n")
        #expect(lines.first?.hasPrefix("code,year,group,standing") == true)
        #expect(lines.dropFirst().allSatisfy { $0.contains(",continuous,") })
    }

    @Test(arguments: StoreBackend.available) func removeRefusesWithoutATerminalUnlessYes(backend: StoreBackend) throws {
        let dir = try backend.makeStore()
        #expect(try Self.run(["plans"], db: dir.location).status == 0)  // `remove` imports nothing itself
        let refused = try Self.run(["remove", "thai-nguyen"], db: dir.location)
        #expect(refused.status == 1)
        #expect(refused.errors.contains("--yes"))
        #expect(try dir.openStore().plans().map(\.id).contains("thai-nguyen"))
        #expect(try Self.run(["remove", "thai-nguyen", "--yes"], db: dir.location).status == 0)
        #expect(try dir.openStore().plans().map(\.id) == ["kon-tum-3785"])
    }

    @Test(arguments: StoreBackend.available) func unknownPlanSaysWhereItLooked(backend: StoreBackend) throws {
        let dir = try backend.makeStore()
        let result = try Self.run(["list", "ha-noi-1"], db: dir.location)
        #expect(result.status == 1)
        #expect(result.errors.contains("ha-noi-1") && result.errors.contains(dir.displayName))
    }
}

extension JSONDecoder {
    static var iso: JSONDecoder {
        let decoder = JSONDecoder()
        decoder.dateDecodingStrategy = .iso8601
        return decoder
    }
}
