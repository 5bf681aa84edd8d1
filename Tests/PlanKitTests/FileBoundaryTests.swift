import Foundation
#if canImport(Glibc)
import Glibc
#endif
import Testing
@testable import PlanKit

/// Issue 17: input files are looked at before they are read; output files are whole or absent.
@Suite struct FileBoundaryTests {
    static func scratch() throws -> String {
        let path = FileManager.default.temporaryDirectory.path + "/kehoach-files-" + UUID().uuidString
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        return path
    }

    @Test func specialFilesAreRefusedByKind() throws {
        let dir = try Self.scratch()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        #expect(throws: InputFile.ReadError.notRegular(path: dir, kind: .directory)) { try InputFile.read(dir) }
        #expect(throws: InputFile.ReadError.notRegular(path: "/dev/zero", kind: .characterDevice)) { try InputFile.read("/dev/zero") }
        let fifo = dir + "/pipe"
        #expect(mkfifo(fifo, 0o600) == 0)
        // No writer on the FIFO: refused at once, not a hang.
        #expect(throws: InputFile.ReadError.notRegular(path: fifo, kind: .fifo)) { try InputFile.read(fifo) }
        #expect(throws: InputFile.ReadError.notFound(path: dir + "/none")) { try InputFile.read(dir + "/none") }
    }

    @Test func sizeIsCheckedBeforeReading() throws {
        let dir = try Self.scratch()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        // A sparse 2 GB file: refused from its size, before a byte is read (the reader counts what it is asked for).
        let big = dir + "/big.txt"
        #expect(FileManager.default.createFile(atPath: big, contents: nil))
        #expect(truncate(big, 2_000_000_000) == 0)
        var asked = 0
        var bytes = 0
        let counting: (Int32, UnsafeMutableRawPointer, Int) -> Int = { fd, buffer, count in
            asked += 1
            let result = Glibc.read(fd, buffer, count)
            if result > 0 { bytes += result }
            return result
        }
        #expect(throws: InputFile.ReadError.tooLarge(path: big, bytes: 2_000_000_000, limit: InputFile.defaultLimit)) {
            try InputFile.read(big, limit: InputFile.defaultLimit, reader: counting)
        }
        #expect(asked == 0 && bytes == 0)
        // The same reader does read a file under the limit: the count above is not vacuous.
        let plan = dir + "/plan.txt"
        try Data(repeating: 0x41, count: 10_000).write(to: URL(fileURLWithPath: plan))
        #expect(try InputFile.read(plan, limit: InputFile.defaultLimit, reader: counting).count == 10_000)
        #expect(bytes == 10_000)
        let small = dir + "/small.txt"
        try Data("Kế hoạch".utf8).write(to: URL(fileURLWithPath: small))
        #expect(try InputFile.read(small) == Data("Kế hoạch".utf8))
        #expect(throws: InputFile.ReadError.tooLarge(path: small, bytes: 12, limit: 4)) { try InputFile.read(small, limit: 4) }
        // The limit may be chosen by the first bytes: only those are read (by pread, not the counted reader)
        // before a file over it is refused.
        let sparsePDF = dir + "/big.pdf"
        try Data("%PDF-1.7\n".utf8).write(to: URL(fileURLWithPath: sparsePDF))
        #expect(truncate(sparsePDF, 100_000_000) == 0)
        asked = 0
        #expect(throws: InputFile.ReadError.tooLarge(path: sparsePDF, bytes: 100_000_000, limit: Int(DocumentFile.sizeLimit))) {
            try InputFile.read(sparsePDF, limit: DocumentFile.sizeLimit(head:), reader: counting)
        }
        #expect(asked == 0)
        #expect(throws: InputFile.ReadError.tooLarge(path: big, bytes: 2_000_000_000, limit: 1_000)) {
            try InputFile.read(big, limit: { head in head.count == InputFile.headLength && head.allSatisfy { $0 == 0 } ? 1_000 : 0 },
                               reader: counting)
        }
        #expect(asked == 0)
        let empty = dir + "/empty.txt"
        #expect(FileManager.default.createFile(atPath: empty, contents: Data()))
        #expect(try InputFile.read(empty).isEmpty)
    }

    @Test func fullDiskIsAnErrorAndLeavesNoFile() throws {
        // /dev/full through a link: a faulty writer renames over the link, never over /dev/full itself
        // (which, run as root, an older kehoach did). Not a regular file: written in place, ENOSPC comes back.
        let dir = try Self.scratch()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let full = dir + "/full.md"
        #expect(symlink("/dev/full", full) == 0)
        #expect(throws: OutputFile.WriteError.failed(path: full, code: ENOSPC)) {
            try OutputFile.write("báo cáo", to: full, overwrite: true)
        }
        #expect(throws: OutputFile.WriteError.exists(path: full)) {
            try OutputFile.write("báo cáo", to: full, overwrite: false)
        }
        #expect(try FileManager.default.contentsOfDirectory(atPath: dir) == ["full.md"])
    }

    @Test func aSymbolicLinkIsWrittenThroughAndStaysALink() throws {
        let dir = try Self.scratch()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let real = dir + "/real.md"
        try OutputFile.write("cũ", to: real, overwrite: false)
        let link = dir + "/out.md"
        #expect(symlink("real.md", link) == 0)  // relative, as `ln -s` makes it
        #expect(throws: OutputFile.WriteError.exists(path: link)) { try OutputFile.write("mới", to: link, overwrite: false) }
        try OutputFile.write("mới", to: link, overwrite: true)
        var status = stat()
        #expect(lstat(link, &status) == 0 && status.st_mode & S_IFMT == S_IFLNK)  // not replaced by a regular file
        #expect(try String(contentsOfFile: real, encoding: .utf8) == "mới")
        #expect(Set(try FileManager.default.contentsOfDirectory(atPath: dir)) == ["real.md", "out.md"])  // no temporary left
        // A dangling link makes its target, as a shell's `>` does; a chain of links is followed to its end.
        try FileManager.default.createDirectory(atPath: dir + "/sub", withIntermediateDirectories: false)
        #expect(symlink(dir + "/sub/made.md", dir + "/dangling.md") == 0)
        #expect(symlink("dangling.md", dir + "/chain.md") == 0)
        try OutputFile.write("mới tạo", to: dir + "/chain.md", overwrite: false)
        #expect(try String(contentsOfFile: dir + "/sub/made.md", encoding: .utf8) == "mới tạo")
        #expect(lstat(dir + "/dangling.md", &status) == 0 && status.st_mode & S_IFMT == S_IFLNK)
        // A loop of links is an error naming the path given, and writes nothing.
        #expect(symlink("loop-b", dir + "/loop-a") == 0)
        #expect(symlink("loop-a", dir + "/loop-b") == 0)
        #expect(throws: OutputFile.WriteError.failed(path: dir + "/loop-a", code: ELOOP)) {
            try OutputFile.write("x", to: dir + "/loop-a", overwrite: true)
        }
    }

    @Test func writesLeaveNoTemporaryFile() throws {
        let dir = try Self.scratch()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        try OutputFile.write("một", to: dir + "/a.md", overwrite: false)
        try OutputFile.write("hai", to: dir + "/a.md", overwrite: true)
        #expect(try String(contentsOfFile: dir + "/a.md", encoding: .utf8) == "hai")
        #expect(try FileManager.default.contentsOfDirectory(atPath: dir) == ["a.md"])
        // A directory that cannot take the file: an error naming the path, nothing left.
        #expect(throws: OutputFile.WriteError.failed(path: dir + "/no/a.md", code: ENOENT)) {
            try OutputFile.write("ba", to: dir + "/no/a.md", overwrite: false)
        }
    }
}
