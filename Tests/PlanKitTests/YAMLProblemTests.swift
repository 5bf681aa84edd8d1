import Foundation
import Testing
@testable import PlanKit

/// Issue 17: a YAML file kehoach reads (the user's agency file, an export read back) that is wrong is said
/// in kehoach's words in both languages, with the line, the column and the field; the library's own
/// English comes only as a quoted detail.
@Suite struct YAMLProblemTests {
    func problem(_ body: () throws -> Void) -> AgencyDirectory.LoadError? {
        do { try body() } catch let error as AgencyDirectory.LoadError { return error } catch { Issue.record("\(error)") }
        return nil
    }

    @Test func syntaxErrorsCarryLineAndColumn() throws {
        let error = try #require(problem {
            _ = try TestSupport.directory.merging(userYAML: "agencies:\n  - id: x\n    name: [sai\n", path: "user.yaml")
        })
        guard case .invalidYAML(let path, let yaml) = error else { Issue.record("\(error)"); return }
        #expect(path == "user.yaml")
        #expect(yaml.kind == .syntax)
        #expect(yaml.line == 4 && yaml.column == 1)
        #expect(error.vietnamese.hasPrefix("user.yaml: danh bạ cơ quan: dòng 4, cột 1: không đúng cú pháp YAML (chi tiết: \""))
        #expect(error.english.hasPrefix("user.yaml: agency directory: line 4, column 1: not valid YAML (detail: \""))
    }

    @Test func decodingErrorsNameTheFieldAndFindItsLine() throws {
        let wrongType = try #require(problem {
            _ = try TestSupport.directory.merging(userYAML: "agencies:\n  - id: so-y-te\n    aliases:\n      nested: 1\n", path: "u.yaml")
        })
        guard case .invalidYAML(_, let yaml) = wrongType else { Issue.record("\(wrongType)"); return }
        #expect(yaml.kind == .wrongType)
        #expect(yaml.field == "agencies[0].aliases")
        #expect(yaml.line == 4)
        #expect(wrongType.vietnamese.contains("giá trị của agencies[0].aliases không đúng kiểu"))

        let missing = try #require(problem {
            _ = try TestSupport.directory.merging(userYAML: "agencies:\n  - name: Không mã\n", path: "u.yaml")
        })
        guard case .invalidYAML(_, let absent) = missing else { Issue.record("\(missing)"); return }
        #expect(absent.kind == .missingField("id"))
        #expect(absent.field == "agencies[0]")
        #expect(absent.line == 2)
        #expect(absent.detail.isEmpty)
        #expect(missing.english.contains("agencies[0] lacks the field \"id\""))
    }

    @Test func entryProblemsAreWordedWithTheirLine() throws {
        let error = try #require(problem {
            _ = try TestSupport.directory.merging(userYAML: "agencies:\n  - id: moi\n    name: Mới\n    kind: spaceship\n", path: "u.yaml")
        })
        #expect(error == .invalidEntry(path: "u.yaml", id: "moi", line: 2, problem: .unknownKind("spaceship")))
        #expect(error.vietnamese.hasPrefix("u.yaml: dòng 2: danh bạ cơ quan, mục moi: loại \"spaceship\" không có; dùng một trong: \"department\""))
        let noKind = try #require(problem {
            _ = try TestSupport.directory.merging(userYAML: "agencies:\n  - id: moi\n    name: Mới\n", path: "u.yaml")
        })
        #expect(noKind == .invalidEntry(path: "u.yaml", id: "moi", line: 2, problem: .newAgencyNeedsNameAndKind))
    }

    @Test func unreadableAndNonUTF8FilesAreSaidSo() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("kehoach-yaml-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir.appendingPathComponent("kehoach/agencies.yaml"), withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        let path = dir.appendingPathComponent("kehoach/agencies.yaml").path
        #expect(throws: AgencyDirectory.LoadError.fileUnreadable(.notRegular(path: path, kind: .directory))) {
            _ = try AgencyDirectory.forUser(environment: ["XDG_CONFIG_HOME": dir.path])
        }
        let latin1 = dir.appendingPathComponent("latin1.yaml")
        try Data([0x61, 0x3A, 0x20, 0xE0, 0x0A]).write(to: latin1)
        #expect(throws: AgencyDirectory.LoadError.invalidYAML(path: latin1.path, YAMLProblem(kind: .notUTF8(byte: 3)))) {
            _ = try AgencyDirectory.load(path: latin1.path)
        }
    }

    @Test func exportErrorsAreWordedInBothLanguages() throws {
        do {
            _ = try PlanExport.fromYAML("format: kehoach-plan/1\ntasks: [\n")
            Issue.record("a broken export must be refused")
        } catch let error as PlanExportError {
            guard case .invalid(let yaml) = error else { Issue.record("\(error)"); return }
            #expect(yaml.kind == .syntax && yaml.line == 3)
            #expect(error.vietnamese.hasPrefix("dòng 3, cột 1: không đúng cú pháp YAML"))
        }
        #expect(PlanExportError.badEntry(path: "tasks[0] (I.1)", problem: .progressOutOfRange(150)).vietnamese
                == "tasks[0] (I.1): tiến độ 150 không nằm trong 0–100")
    }
}
