import Foundation
import PlanKit
import PlanStore
import Terminal

/// The inputs kehoach takes from outside, each one a fuzz target: bytes in, no crash out. A thrown
/// error is a correct answer; a trap, an overflow or a sanitizer report is the defect.
enum FuzzTarget: String, CaseIterable {
    /// A published plan's text (prose or table), as `kehoach import FILE.txt` reads it.
    case text
    /// The appendix table reader: the bytes as rows under a real header.
    case table
    /// A YAML export read back (`kehoach import FILE.yaml`).
    case yaml
    /// The stored plan codec, as a damaged or foreign store hands it over.
    case codec
    /// The terminal key decoder: pairs of (code, function-key flag).
    case keys
    /// The Word reader (`kehoach import FILE.docx`): bytes starting "PK" as a whole .docx (the ZIP
    /// layer); any other bytes as the `word/document.xml` of a package (the XML layer, which a
    /// mutated compressed entry would rarely reach).
    case docx
    /// The PDF joiner: bytes as `pdftotext -layout` output, turned into the text the readers take
    /// (the part of the PDF path that is kehoach's code; poppler's own is not fuzzed here).
    case pdf

    static let directory: AgencyDirectory? = try? AgencyDirectory.bundled()

    /// A heading and a task table's header, as the bundled plans print them.
    static let tableHeading = """
        ỦY BAN NHÂN DÂN TỈNH KON TUM
        Số: 1/KH-UBND
        KẾ HOẠCH
        Thử nghiệm
        PHỤ LỤC
        TT | Nhiệm vụ, giải pháp | Cơ quan chủ trì | Cơ quan phối hợp | Cấp trình | Tiến độ thực hiện |

        """

    func run(_ bytes: UnsafeRawBufferPointer) {
        let data = Data(bytes)
        switch self {
        case .text:
            if let directory = Self.directory { check((try? PlanImporter.importPlan(data: data, directory: directory))?.plan) }
        case .table:
            if let directory = Self.directory {
                check((try? PlanImporter.importPlan(data: Data(Self.tableHeading.utf8) + data, directory: directory))?.plan)
            }
        case .yaml:
            let text = String(decoding: data, as: UTF8.self)
            if let export = try? PlanExport.fromYAML(text), let read = try? export.read(directory: Self.directory) {
                check(read.plan)
            }
        case .codec:
            if let plan = try? PlanCodecEntry.decode(bytes) {
                // What decodes must encode and decode to itself (the reader cleans; a second pass changes nothing).
                let again = PlanCodecEntry.encode(plan)
                let back = again.withUnsafeBytes { try? PlanCodecEntry.decode($0) }
                precondition(back == plan, "codec round trip differs")
            }
        case .docx:
            let package = data.starts(with: Data("PK".utf8)) ? data : WordPackage.wrapping(documentXML: data)
            if let package, let text = try? DocxReader.text(of: package) { importText(text) }
        case .pdf:
            importText(PDFLayout.text(fromLayout: String(decoding: data, as: UTF8.self)))
        case .keys:
            var offset = 0
            while offset + 5 <= bytes.count {
                let code = bytes.loadUnaligned(fromByteOffset: offset, as: UInt32.self)
                _ = KeyDecoder.decode(code, isFunctionKey: bytes[offset + 4] & 1 == 1)
                offset += 5
            }
        }
    }

    /// A reader's text goes on as `kehoach import` takes it: through the plan readers, then checked.
    private func importText(_ text: String) {
        if let directory = Self.directory { check((try? PlanImporter.importPlan(data: Data(text.utf8), directory: directory))?.plan) }
    }

    /// Whatever an importer accepts passed the boundary: no string in it can steer a terminal.
    private func check(_ plan: Plan?) {
        guard let plan else { return }
        precondition(ControlCharacters.isClean(plan.identity.title), "unclean title after import")
        for task in plan.tasks {
            precondition(ControlCharacters.isClean(task.text), "unclean task text after import")
            for agency in task.lead + task.cooperating {
                precondition(ControlCharacters.isClean(agency.printed), "unclean agency after import")
            }
        }
    }
}
