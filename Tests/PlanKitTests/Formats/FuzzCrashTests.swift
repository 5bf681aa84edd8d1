import Foundation
import Testing
@testable import PlanKit

/// What `make fuzz` found, kept as regression tests: each input in Tests/FuzzSeeds/crashes crashed a
/// reader once and must now be a clear refusal (or a plan), never a trap.
@Suite struct FuzzCrashTests {
    static func crash(_ name: String) throws -> Data {
        try Data(contentsOf: TestSupport.packageRoot.appendingPathComponent("Tests/FuzzSeeds/crashes/\(name)"))
    }

    /// A .docx whose ZIP directory points past the end of the bytes: ZIPFoundation's in-memory reader
    /// trapped ("Range requires lowerBound <= upperBound") in the middle of `kehoach import`.
    @Test func aZipDirectoryPointingPastTheEndIsACorruptFile() throws {
        let data = try Self.crash("docx-zip-offset-past-end.bin")
        #expect(data.starts(with: Data("PK".utf8)))
        #expect(throws: FormatError.self) { _ = try DocxReader.text(of: data) }
        // The whole import path: detected as a damaged Word file, not a crash, nothing else said.
        do {
            _ = try DocumentFile.extract(data, path: "ke-hoach.docx")
            Issue.record("a damaged package must be refused")
        } catch let error as FormatError {
            #expect(error == .corruptZip, "\(error)")
        }
    }

    /// A Word part with bytes that are not UTF-8 (and NULs) inside an element's name: FoundationXML's
    /// parser trapped on the name instead of reporting an error.
    @Test func aPartThatIsNotUTF8IsRefusedBeforeParsing() throws {
        let xml = try Self.crash("docx-xml-name-not-utf8.xml")
        #expect(String(data: xml, encoding: .utf8) == nil)
        #expect(throws: FormatError.self) { _ = try XMLTree.parse(xml, part: "word/document.xml") }
        // The smallest such part is refused; the same part with a plain name parses.
        let bad = Data("<document><".utf8) + Data([0xE9, 0x00]) + Data("x/></document>".utf8)
        #expect(throws: FormatError.xmlRejected(part: "word/document.xml", reason: "not UTF-8 at byte 11")) {
            _ = try XMLTree.parse(bad, part: "word/document.xml")
        }
        #expect(try XMLTree.parse(Data("<document><ex/></document>".utf8), part: "word/document.xml").children.count == 1)
    }

    /// Every saved crash, whatever its kind: a package goes through the whole Word reader, bare XML through
    /// the part parser; each is refused with a `FormatError`, none traps.
    @Test func everySavedCrashIsARefusal() throws {
        let folder = TestSupport.packageRoot.appendingPathComponent("Tests/FuzzSeeds/crashes")
        let names = try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted()
        #expect(names.count >= 4)
        for name in names {
            let data = try Self.crash(name)
            #expect(throws: FormatError.self, "\(name)") {
                if data.starts(with: Data("PK".utf8)) {
                    _ = try DocxReader.text(of: data)
                } else {
                    _ = try XMLTree.parse(data, part: "word/document.xml")
                }
            }
        }
    }
}
