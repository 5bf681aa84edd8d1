import Foundation
import Testing

/// `kehoach import` of files as officials receive them: Word and PDF chosen by content, several at
/// once, each reported on its own line, a bad one never stopping the rest nor storing anything.
@Suite("Importing Word and PDF files")
struct ImportFilesEndToEndTests {
    static let fixtures = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("PlanKitTests/Fixtures/real")

    final class Scratch {
        let url: URL
        init() throws { url = try Binary.temporaryDirectory() }
        deinit { try? FileManager.default.removeItem(at: url) }
        func path(_ name: String) -> String { url.appendingPathComponent(name).path }

        func kehoach(_ arguments: [String], db: String = "kehoach.sqlite") throws -> Binary.Output {
            var environment = ProcessInfo.processInfo.environment
            environment["LANG"] = "C.UTF-8"
            environment["KEHOACH_USER"] = "Lan"
            return try Binary.kehoach(arguments + ["--db", path(db)], cwd: url.path, environment: environment)
        }

        func write(_ name: String, _ bytes: [UInt8]) throws {
            try Data(bytes).write(to: url.appendingPathComponent(name))
        }
    }

    /// A legacy .doc's head, and a ZIP that holds no Word document (the start of its local header only).
    static let oleHead: [UInt8] = [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1] + Array(repeating: 0, count: 120)

    @Test func severalFilesEachOnItsLineAndABadOneStopsNothing() throws {
        let s = try Scratch()
        let plan = Self.fixtures.deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("Assets/plans/2-kon-tum-3785-semiconductor-hr-plan.txt")
        try FileManager.default.copyItem(atPath: plan.path, toPath: s.path("ke-hoach.txt"))
        try s.write("cu.doc", Self.oleHead)
        try s.write("anh.docx", [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A])
        let run = try s.kehoach(["import", "cu.doc", "ke-hoach.txt", "anh.docx"])
        #expect(run.status == 2, "\(run.stderr)")
        let out = run.stdout.split(separator: "\n").map(String.init)
        #expect(out.count == 1)
        #expect(out.first?.hasPrefix("ke-hoach.txt: Đã lưu kon-tum-3785 (15 nhiệm vụ)") == true, "\(run.stdout)")
        let errors = run.stderr.split(separator: "\n").filter { !$0.contains(": warning: ") }
        #expect(errors.count == 2, "\(run.stderr)")
        #expect(errors.contains { $0.hasPrefix("cu.doc: ") && $0.contains("Word/Excel đời cũ") && $0.contains(".docx") })
        #expect(errors.contains { $0.hasPrefix("anh.docx: ") && $0.contains("tệp ảnh") })

        let plans = try s.kehoach(["plans"])
        #expect(plans.status == 0)
        #expect(plans.stdout.contains("kon-tum-3785"))
        #expect(!plans.stdout.contains("thai-nguyen"))

        // A Word file named .txt is read as Word: the content decides.
        let word = "LamDong_KH-CCHC-2026_9669-KH-UBND_2025-12.docx"
        try FileManager.default.copyItem(atPath: Self.fixtures.appendingPathComponent(word).path, toPath: s.path("lam-dong.txt"))
        let text = try s.kehoach(["import", "lam-dong.txt", "--text"])
        #expect(text.status == 0, "\(text.stderr)")
        #expect(text.stdout.hasPrefix("| **ỦY BAN NHÂN DÂN**<br>**TỈNH LÂM ĐỒNG** |"))
    }

    /// An export larger than a document may be (kehoach writes 81 MB at 100,000 tasks) is read as an
    /// export: this one, 65 MB and broken on its second line, is refused as an invalid export, not as too large;
    /// a document of that size is refused as too large.
    @Test func anExportLargerThanADocumentIsReadAsAnExport() throws {
        let s = try Scratch()
        var bytes = Array("format: kehoach-plan/1\nplan: [\n".utf8)
        let filler = Array("# một dòng chú thích để tệp lớn hơn giới hạn của văn bản\n".utf8)
        bytes.reserveCapacity(66_000_000)
        while bytes.count < 65_000_000 { bytes += filler }
        try s.write("lon.yaml", bytes)
        let export = try s.kehoach(["import", "lon.yaml", "--lang", "en"])
        #expect(export.status == 2, "\(export.stderr)")
        #expect(export.stderr.contains("lon.yaml") && export.stderr.contains("export"), "\(export.stderr)")
        #expect(!export.stderr.contains("larger than"), "\(export.stderr)")
        try FileManager.default.moveItem(atPath: s.path("lon.yaml"), toPath: s.path("lon.txt"))
        let document = try s.kehoach(["import", "lon.txt", "--lang", "en"])
        #expect(document.status != 0)
        #expect(!FileManager.default.fileExists(atPath: s.path("kehoach.sqlite")))
    }

    @Test func badFilesAloneStoreNothingAndSpeakEnglishOnRequest() throws {
        let s = try Scratch()
        try s.write("cu.doc", Self.oleHead)
        try s.write("nen.docx", [0x50, 0x4B, 0x05, 0x06] + Array(repeating: 0, count: 18))
        let half = try Data(contentsOf: Self.fixtures.appendingPathComponent("laocai-UBND-KT-2026-bao-ve-khoang-san.docx"))
        try s.write("cut.docx", Array(half.prefix(half.count / 2)))
        let run = try s.kehoach(["import", "cu.doc", "nen.docx", "cut.docx", "khong-co.pdf", "--lang", "en"])
        #expect(run.status == 2)
        #expect(run.stdout.isEmpty)
        let errors = run.stderr.split(separator: "\n").map(String.init)
        #expect(errors.count == 4, "\(run.stderr)")
        #expect(errors.contains("cu.doc: this is a legacy Word/Excel file (.doc/.xls); open it in Word, save it as .docx "
                                + "(or export a PDF) and import that"))
        #expect(errors.contains { $0.hasPrefix("nen.docx: ") && $0.contains("ZIP") })
        #expect(errors.contains { $0.hasPrefix("cut.docx: ") && $0.contains("damaged or incomplete") })
        #expect(errors.contains("khong-co.pdf: no such file"))
        #expect(!FileManager.default.fileExists(atPath: s.path("kehoach.sqlite")))
    }

    @Test(.enabled(if: TmuxSession.isCI || FileManager.default.isExecutableFile(atPath: "/usr/bin/pdftotext")))
    func aPDFImportsAndItsTextCanBeShown() throws {
        let s = try Scratch()
        let pdf = Self.fixtures.appendingPathComponent("BNV_QD-1187-QD-BNV_2025-10-15_de-an-chi-so-CCHC.pdf").path
        let text = try s.kehoach(["import", pdf, "--text"])
        #expect(text.status == 0, "\(text.stderr)")
        #expect(text.stdout.hasPrefix("BỘ NỘI VỤ\n\nSố: 1187 /QĐ-BNV\n\nCỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"))
        #expect(!FileManager.default.fileExists(atPath: s.path("kehoach.sqlite")))
    }
}
