import Foundation
import Testing

/// `-o FILE` on the commands that write a document: the file gets what the standard output would,
/// an existing file is kept unless --force, `-` means the standard output.
@Suite("-o on every writing command") struct OutputFileOptionTests {
    typealias Scratch = ReportExportCommandTests.Scratch

    @Test func listHistoryAndPlansWriteFiles() throws {
        let s = try Scratch()
        #expect(try s.kehoach(["status", "set", "kon-tum-3785", "II.1", "done"]).status == 0)
        let cases: [[String]] = [["list", "kon-tum-3785", "--format", "csv"], ["list", "kon-tum-3785", "--format", "json"],
                                 ["list", "kon-tum-3785"], ["history", "kon-tum-3785", "--format", "json"],
                                 ["history", "kon-tum-3785"], ["plans", "--format", "json"], ["plans"]]
        for (index, command) in cases.enumerated() {
            let name = "out-\(index).txt"
            let standard = try s.kehoach(command)
            #expect(standard.status == 0, "\(command)")
            let written = try s.kehoach(command + ["-o", name])
            #expect(written.status == 0, "\(command): \(written.stderr)")
            #expect(written.stdout.contains(name), "\(command) says where it wrote")
            let file = try String(contentsOfFile: s.path(name), encoding: .utf8)
            #expect(file == standard.stdout, "\(command): the file holds what the standard output gets")
            let again = try s.kehoach(command + ["-o", name])
            #expect(again.status == 1, "\(command)")
            #expect(again.stderr.contains("--force"))
            #expect(try String(contentsOfFile: s.path(name), encoding: .utf8) == file, "kept")
            #expect(try s.kehoach(command + ["-o", name, "--force"]).status == 0)
            let dash = try s.kehoach(command + ["-o", "-"])
            #expect(dash.stdout == standard.stdout, "\(command): - is the standard output")
        }
        let missingFolder = try s.kehoach(["plans", "-o", "khong-co/plans.txt"])
        #expect(missingFolder.status == 1)
        #expect(missingFolder.stderr.contains("khong-co/plans.txt"))
    }
}
