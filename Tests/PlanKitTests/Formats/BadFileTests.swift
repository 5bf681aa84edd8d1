import Foundation
import Testing
@testable import PlanKit

/// Files that are not a plan kehoach can read: each a clear error naming what it is, in both languages.
@Suite("Bad and refused files")
struct BadFileTests {
    static func refusal(_ data: Data, name: String) -> FormatError? {
        do {
            _ = try DocumentFile.extract(data, path: name)
            return nil
        } catch let error as FormatError {
            #expect(!error.vietnamese.isEmpty && !error.english.isEmpty && error.vietnamese != error.english)
            return error
        } catch {
            Issue.record("unexpected error \(error)")
            return nil
        }
    }

    @Test func aRenamedZipIsNotAWordFile() throws {
        let zip = try FormatTestSupport.zip([("ghi-chu.txt", Data("không phải Word".utf8))])
        #expect(Self.refusal(zip, name: "ke-hoach.docx") == .refusedKind(.zip))
        #expect(FormatError.refusedKind(.zip).vietnamese.contains("ZIP"))
    }

    @Test func otherOfficeFormatsAndImagesSayWhatToDo() throws {
        let ole = Data([0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1] + Array(repeating: 0, count: 504))
        #expect(Self.refusal(ole, name: "ke-hoach.doc") == .refusedKind(.legacyOffice))
        #expect(FormatError.refusedKind(.legacyOffice).vietnamese.contains(".docx"))
        #expect(FormatError.refusedKind(.legacyOffice).english.contains("save it as .docx"))
        // A .docx saved with a password is an OLE2 file holding an "EncryptedPackage" stream.
        let locked = ole + Data(FileKind.encryptedPackageName) + Data(count: 64)
        #expect(Self.refusal(locked, name: "ke-hoach.docx") == .refusedKind(.encryptedOffice))
        #expect(FormatError.refusedKind(.encryptedOffice).vietnamese.contains("mật khẩu"))
        #expect(Self.refusal(Data("{\\rtf1\\ansi Kế hoạch}".utf8), name: "a.rtf") == .refusedKind(.rtf))
        #expect(Self.refusal(Data([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]), name: "scan.png") == .refusedKind(.image))
        #expect(Self.refusal(Data([0xFF, 0xD8, 0xFF, 0xE0]), name: "scan.jpg") == .refusedKind(.image))
        let odt = try FormatTestSupport.zip([("mimetype", Data("application/vnd.oasis.opendocument.text".utf8)),
                                             ("content.xml", Data("<office:document-content/>".utf8))])
        #expect(Self.refusal(odt, name: "a.odt") == .refusedKind(.odt))
        let xlsx = try FormatTestSupport.zip([("xl/workbook.xml", Data("<workbook/>".utf8))])
        #expect(Self.refusal(xlsx, name: "a.xlsx") == .refusedKind(.xlsx))
    }

    @Test func aTruncatedWordFileIsDamaged() throws {
        let whole = try Data(contentsOf: FormatTestSupport.fixture("laocai-UBND-KT-2026-bao-ve-khoang-san.docx"))
        #expect(Self.refusal(whole.prefix(whole.count / 2), name: "ke-hoach.docx") == .corruptZip)
        #expect(Self.refusal(whole.prefix(40), name: "ke-hoach.docx") == .corruptZip)
    }

    @Test func aZipBombIsRefusedBeforeInflating() throws {
        // 30 MB of zeros deflate to a few kilobytes: far past any real Word part's ratio.
        let zeros = Data(count: 30_000_000)
        let bomb = try FormatTestSupport.zip([("word/document.xml", zeros)])
        #expect(bomb.count < 200_000)
        guard case .zipBomb = Self.refusal(bomb, name: "bom.docx") else {
            Issue.record("a zip bomb was not refused")
            return
        }
    }

    @Test func sizesTheCentralDirectoryUnderstatesAreCaughtWhileInflating() throws {
        let body = "<w:p><w:r><w:t>" + String(repeating: "Kế hoạch số 12. ", count: 4000) + "</w:t></w:r></w:p>"
        var data = try FormatTestSupport.docx(body: body)
        // Make every header claim 100 bytes: inflating must stop there, not trust the claim.
        let signatures: [(magic: [UInt8], sizeOffset: Int)] = [([0x50, 0x4B, 0x01, 0x02], 24), ([0x50, 0x4B, 0x03, 0x04], 22)]
        for (magic, offset) in signatures {
            var i = 0
            while let range = data[i...].firstRange(of: Data(magic)) {
                let at = range.lowerBound + offset
                data.replaceSubrange(at..<(at + 4), with: [100, 0, 0, 0])
                i = range.upperBound
            }
        }
        let error = Self.refusal(data, name: "noi-doi.docx")
        #expect(error == .corruptZip || { if case .zipBomb = error { return true } else { return false } }())
    }

    @Test func entriesThatClimbOutOfThePackageAreRefused() throws {
        for path in ["../../etc/evil.xml", "/etc/evil.xml", "word/../../evil.xml", "C:\\evil.xml"] {
            let zip = try FormatTestSupport.zip([("word/document.xml", Data("<w:document/>".utf8)), (path, Data("x".utf8))])
            #expect(Self.refusal(zip, name: "a.docx") == .unsafeEntryPath(path), "\(path)")
        }
    }

    @Test func xmlDeclaringEntitiesIsRefused() throws {
        let billionLaughs = """
            <?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;">]>\
            <w:document \(FormatTestSupport.wordNamespace)><w:body><w:p><w:r><w:t>&lol2;</w:t></w:r></w:p></w:body></w:document>
            """
        let external = """
            <?xml version="1.0"?><!doctype d [<!ENTITY x SYSTEM "file:///etc/passwd">]><w:document \(FormatTestSupport.wordNamespace)>&x;</w:document>
            """
        for xml in [billionLaughs, external] {
            let zip = try FormatTestSupport.zip([("word/document.xml", Data(xml.utf8))])
            guard case .xmlRejected(let part, _) = Self.refusal(zip, name: "a.docx") else {
                Issue.record("a DOCTYPE was accepted")
                continue
            }
            #expect(part == "word/document.xml")
        }
        let malformed = try FormatTestSupport.zip([("word/document.xml", Data("<w:document><w:body>".utf8))])
        guard case .xmlRejected = Self.refusal(malformed, name: "a.docx") else {
            Issue.record("malformed XML was accepted")
            return
        }
    }

    @Test func aHugeFileIsRefusedFromItsSizeAlone() throws {
        let directory = try FormatTestSupport.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let path = directory.appendingPathComponent("lon.pdf").path
        #expect(FileManager.default.createFile(atPath: path, contents: Data("%PDF-1.4\n".utf8)))
        let handle = try FileHandle(forWritingTo: URL(fileURLWithPath: path))
        try handle.truncate(atOffset: 2_000_000_000)  // sparse: nothing is written
        try handle.close()
        // Refused from fstat's size: DocumentFile reads through InputFile, whose reader is counted in FileBoundaryTests.
        #expect(throws: FormatError.tooLarge(bytes: 2_000_000_000, limit: DocumentFile.sizeLimit)) {
            try DocumentFile.read(path: path)
        }
        // What the first bytes say chooses the limit: a package is held to the document limit, text is not.
        #expect(DocumentFile.sizeLimit(head: Array("Kế hoạch".utf8)) == DocumentFile.textSizeLimit)
        #expect(DocumentFile.sizeLimit(head: [0xFF, 0xFE, 0x4B, 0x00]) == DocumentFile.textSizeLimit)
        #expect(DocumentFile.sizeLimit(head: [0x4B, 0x00, 0x00, 0x00]) == Int(DocumentFile.sizeLimit))  // NULs: not text
        for head: [UInt8] in [Array("%PDF-1.4".utf8), [0x50, 0x4B, 0x03, 0x04], [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1],
                              Array("{\\rtf1".utf8), [0x89, 0x50, 0x4E, 0x47]] {
            #expect(DocumentFile.sizeLimit(head: head) == Int(DocumentFile.sizeLimit))
        }
        #expect(throws: FormatError.notARegularFile) { try DocumentFile.read(path: directory.path) }
        #expect(throws: FormatError.notFound) { try DocumentFile.read(path: directory.appendingPathComponent("khong-co.docx").path) }
    }

    @Test func textIsStillReadAsText() throws {
        let document = try DocumentFile.extract(Data("KẾ HOẠCH\nI. MỤC TIÊU\n".utf8), path: "ke-hoach.md")
        #expect(document.kind == .markdown)
        #expect(document.text == "KẾ HOẠCH\nI. MỤC TIÊU\n")
        #expect(try DocumentFile.extract(Data("KẾ HOẠCH\n".utf8), path: "ke-hoach").kind == .text)
        #expect(throws: ImportError.binary(byteOffset: 1)) { try DocumentFile.extract(Data([0x41, 0x00]), path: "a.txt") }
        // Notepad's "Unicode" (UTF-16 with its byte-order mark) is text too.
        var utf16 = Data([0xFF, 0xFE])
        utf16.append("KẾ HOẠCH\r\n".data(using: .utf16LittleEndian)!)
        let notepad = try DocumentFile.extract(utf16, path: "ke-hoach.txt")
        #expect(notepad.kind == .utf16Text)
        #expect(notepad.text == "KẾ HOẠCH\r\n")
    }
}

/// PDFs that have no usable text: a scan, a locked file, a text layer in an old 8-bit font.
@Suite("Unreadable PDFs", .enabled(if: FormatTestSupport.canReadPDF, "pdftotext (poppler-utils) is not installed"))
struct UnreadablePDFTests {
    static func read(_ data: Data) throws -> DocumentFile {
        let directory = try FormatTestSupport.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let url = directory.appendingPathComponent("van-ban.pdf")
        try data.write(to: url)
        return try DocumentFile.read(path: url.path)
    }

    static let vietnamese = [
        "UY BAN NHAN DAN TINH LAO CAI", "Ke hoach thuc hien nhiem vu nam 2026 cua cac so, ban, nganh",
        "So Tai chinh chu tri, phoi hop voi cac co quan lien quan tham muu bo tri kinh phi",
        "Thoi gian thuc hien: trong nam 2026; bao cao ket qua truoc ngay 15 thang 12",
    ]

    @Test func aPDFWithTextReads() throws {
        let document = try Self.read(FormatTestSupport.pdf(lines: Self.vietnamese))
        #expect(document.kind == .pdf)
        #expect(document.text.contains("So Tai chinh chu tri, phoi hop voi cac co quan lien quan"))
    }

    @Test func aScanHasNoTextLayer() {
        #expect(throws: FormatError.pdfNoTextLayer) { try Self.read(FormatTestSupport.pdf(lines: [], image: true)) }
        #expect(FormatError.pdfNoTextLayer.vietnamese.contains("bản quét"))
        #expect(FormatError.pdfNoTextLayer.vietnamese.contains(".docx"))
    }

    @Test func aTextLayerInAnOldVietnameseFontIsGarbled() {
        // TCVN3 bytes read as Latin-1: "Cộng hòa xã hội chủ nghĩa Việt Nam" became "Céng hoµ x· héi chñ nghÜa ViÖt Nam".
        let tcvn3 = ["Uû ban nh©n d©n tØnh Lµo Cai", "Céng hoµ x· héi chñ nghÜa ViÖt Nam", "§éc lËp - Tù do - H¹nh phóc",
                     "KÕ ho¹ch thùc hiÖn nhiÖm vô n¨m 2026 cña c¸c së, ban, ngµnh",
                     "Së Tµi chÝnh chñ tr×, phèi hîp víi c¸c c¬ quan liªn quan",
                     "Thêi gian thùc hiÖn: trong n¨m 2026; b¸o c¸o kÕt qu¶ tr\u{AD}íc ngµy 15"]
        do {
            _ = try Self.read(FormatTestSupport.pdf(lines: tcvn3))
            Issue.record("a garbled text layer was accepted")
        } catch FormatError.pdfGarbledText(let share) {
            #expect(share > 35)
        } catch {
            Issue.record("unexpected \(error)")
        }
    }

    @Test(.enabled(if: FormatTestSupport.canEncrypt, "qpdf is not installed"))
    func aLockedPDFSaysSo() throws {
        guard let qpdf = FormatTestSupport.tool("qpdf") else { throw FormatTestSupport.ToolError.missing("qpdf") }
        let directory = try FormatTestSupport.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let plain = directory.appendingPathComponent("mo.pdf")
        let locked = directory.appendingPathComponent("khoa.pdf")
        try FormatTestSupport.pdf(lines: Self.vietnamese).write(to: plain)
        try FormatTestSupport.run(qpdf, ["--encrypt", "matkhau", "chu", "256", "--", plain.path, locked.path])
        #expect(throws: FormatError.pdfEncrypted) { try DocumentFile.read(path: locked.path) }
    }

    @Test func pdftotextMissingSaysToInstallPoppler() throws {
        var runner = PDFTextRunner()
        runner.searchPath = "/nonexistent"
        #expect(throws: FormatError.pdftotextMissing) { try runner.text(ofFile: "/dev/null") }
        #expect(FormatError.pdftotextMissing.vietnamese.contains("poppler-utils"))
        #expect(FormatError.pdftotextMissing.english.contains("poppler-utils"))
    }

    /// A stand-in for pdftotext (a shell script), to see what kehoach does when poppler misbehaves.
    static func fakePDFToText(_ script: String, in directory: URL) throws -> PDFTextRunner {
        let path = directory.appendingPathComponent("pdftotext").path
        try ("#!/bin/sh\n" + script + "\n").write(toFile: path, atomically: true, encoding: .utf8)
        try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: path)
        var runner = PDFTextRunner()
        runner.searchPath = directory.path
        return runner
    }

    @Test func aHangingPdftotextIsStoppedAtTheTimeLimit() throws {
        let directory = try FormatTestSupport.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        var runner = try Self.fakePDFToText("exec sleep 30", in: directory)
        runner.timeLimit = 1
        let started = Date()
        #expect(throws: FormatError.pdfTimedOut(seconds: 1)) { try runner.text(ofFile: "/dev/null") }
        #expect(Date().timeIntervalSince(started) < 10)
    }

    @Test func pdftotextFailuresAreNamed() throws {
        let directory = try FormatTestSupport.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let locked = try Self.fakePDFToText("echo 'Command Line Error: Incorrect password' >&2; exit 1", in: directory)
        #expect(throws: FormatError.pdfEncrypted) { try locked.text(ofFile: "/dev/null") }
        let broken = try Self.fakePDFToText("echo 'Syntax Error: Couldn'\\''t find trailer dictionary' >&2; exit 1", in: directory)
        #expect(throws: FormatError.pdfUnreadable(reason: "Syntax Error: Couldn't find trailer dictionary")) {
            try broken.text(ofFile: "/dev/null")
        }
    }

    @Test func theOutputLimitStopsARunawayPDF() throws {
        let directory = try FormatTestSupport.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let url = directory.appendingPathComponent("dai.pdf")
        try FormatTestSupport.pdf(lines: Self.vietnamese).write(to: url)
        var runner = PDFTextRunner()
        runner.outputLimit = 64
        #expect(throws: FormatError.pdfOutputTooLarge(limit: 64)) { try runner.text(ofFile: url.path) }
    }
}
