import Foundation
import Testing
@testable import PlanKit

@Suite("Reading the agency directory file")
struct AgencyDirectoryFileTests {
    @Test func theBundledFileIsReadFromItsNodesAsTheDecoderReadsIt() throws {
        let text = try String(contentsOf: TestSupport.asset("agencies.yaml"), encoding: .utf8)
        let fromNodes = try #require(DirectoryFile.fromNodes(text), "the bundled file must take the quick path")
        #expect(fromNodes == (try DirectoryFile.decoded(text)))
        #expect(fromNodes.agencies.count == TestSupport.directory.agencies.count)
        #expect(fromNodes.agencies.contains { !($0.successors ?? []).isEmpty })
        #expect(fromNodes.provinces?.contains { $0.mergedInto != nil } == true)
        #expect(fromNodes.acts?["nd45"] == "Nghị định 45/2025/NĐ-CP")
    }

    @Test func shapesOnlyTheDecoderKnowsAreLeftToIt() throws {
        let plain = "agencies:\n  - id: a\n    name: A\n    kind: department\n"
        #expect(DirectoryFile.fromNodes(plain) == (try DirectoryFile.decoded(plain)))
        // A plain null, a merge key, a list where a text is due, a second document: the decoder's to read.
        let others = [
            "agencies:\n  - id: a\n    name: A\n    kind: department\n    aliases: null\n",
            "agencies:\n  - id: a\n    name: A\n    kind: department\n    successors:\n      - {id: a, from: 2025-03-01, act: x, part: ~}\n",
            "base: &b {kind: department}\nagencies:\n  - id: a\n    name: A\n    <<: *b\n",
            "agencies:\n  - id: a\n    name: [A]\n    kind: department\n",
            "agencies:\n  - id: a\n    name: A\n    kind: department\n---\nagencies: []\n",
            "agencies: {}\n",
        ]
        for text in others {
            #expect(DirectoryFile.fromNodes(text) == nil, "\(text)")
        }
        // …which reads a null as absent and expands the merge key, as before.
        let null = try DirectoryFile.read(others[0])
        #expect(null.agencies.first?.aliases == nil)
        let merged = try DirectoryFile.read(others[2])
        #expect(merged.agencies.first?.kind == "department")
    }

    @Test func filesTheQuickPathCannotReadAreRefusedAsBefore() throws {
        #expect(throws: AgencyDirectory.LoadError.self) { try AgencyDirectory.load(yaml: "agencies:\n  - id: a\n    name: [A]\n") }
        do {
            _ = try AgencyDirectory.load(yaml: "agencies:\n  - id: a\n    name: A\n    kind: department\n    aliases:\n      x: 1\n",
                                         path: "d.yaml")
            Issue.record("a mapping of aliases must be refused")
        } catch let error as AgencyDirectory.LoadError {
            guard case .invalidYAML(let path, let problem) = error else { Issue.record("\(error)"); return }
            #expect(path == "d.yaml")
            #expect(problem.kind == .wrongType)
            #expect(problem.field == "agencies[0].aliases")
            #expect(problem.line == 6)
        }
    }

    @Test func namesAreIndexedOnFirstUseWithTheSameAnswers() async throws {
        // A directory read by id only never builds its indexes; once built, every thread sees the same ones.
        let directory = try AgencyDirectory.load(path: TestSupport.asset("agencies.yaml").path)
        #expect(directory.agency(id: "so-ke-hoach-dau-tu")?.name == "Sở Kế hoạch và Đầu tư")
        let names = directory.agencies.flatMap { agency in ([agency.name] + agency.aliases).map { ($0, agency.id) } }
        let answers = await withTaskGroup(of: [String?].self) { group in
            for _ in 0..<4 { group.addTask { names.map { directory.lookup($0.0)?.id } } }
            return await group.reduce(into: []) { $0.append($1) }
        }
        for answer in answers { #expect(answer == names.map { TestSupport.directory.lookup($0.0)?.id }) }
        #expect(directory.reference(for: "các sở, ban, ngành").agencyID == TestSupport.directory.reference(for: "các sở, ban, ngành").agencyID)
    }

    @Test func aUsersFileStillMergesOverTheBundledOne() throws {
        let merged = try TestSupport.directory.merging(userYAML: """
            agencies:
              - id: so-y-te
                aliases: [Sở YT tỉnh nhà]
              - id: ban-moi
                name: Ban Quản lý dự án mới
                kind: department
            """, path: "u.yaml")
        #expect(merged.lookup("Sở YT tỉnh nhà")?.id == "so-y-te")
        #expect(merged.lookup("Ban Quản lý dự án mới")?.id == "ban-moi")
        #expect(TestSupport.directory.lookup("Sở YT tỉnh nhà") == nil)
        #expect(merged.agencies.count == TestSupport.directory.agencies.count + 1)
    }
}
