import Foundation
import Testing
import Yams
@testable import PlanKit

/// The line-by-line YAML reader of exports: wherever it takes a text it must give what Yams gives, and
/// what it does not take (it throws) goes to Yams.
@Suite struct YAMLBlockReaderTests {
    struct Item: Codable, Equatable {
        var name: String
        var note: String?
        var count: Int?
        var share: Double?
        var done: Bool?
        var tags: [String]?
        var children: [Item]?
    }

    /// Decoded by both; equal when the reader takes it. Returns whether it did.
    @discardableResult
    static func agree<T: Decodable & Equatable>(_ text: String, as type: T.Type) throws -> Bool {
        let yams = try YAMLDecoder().decode(type, from: text)
        guard let mine = try? YAMLBlockReader.decode(type, from: text) else { return false }
        #expect(mine == yams, "\(text)")
        return true
    }

    @Test func everythingTheWriterWritesReadsBackTheSame() throws {
        var box = YAMLBlockWriterTests.sample()
        // libyaml drops a byte-order mark inside text; the sample has none, see the writer's tests.
        box.strings.removeAll { $0.unicodeScalars.contains("\u{FEFF}") }
        let yaml = try YAMLBlockWriter.encode(box)
        let mine = try YAMLBlockReader.decode(YAMLBlockWriterTests.Box.self, from: yaml)
        #expect(mine == box)
        #expect(mine == (try YAMLDecoder().decode(YAMLBlockWriterTests.Box.self, from: yaml)))
    }

    @Test(arguments: [TestSupport.konTumFile, TestSupport.thaiNguyenFile])
    func realExportsReadAsYamsReadsThem(_ file: String) throws {
        let plan = try TestSupport.importSeed(file).plan
        let statuses = file == TestSupport.konTumFile ? ReportFixtures.konTumStatuses : ReportFixtures.thaiNguyenStatuses
        let yaml = try PlanExport(plan: plan, id: plan.identity.slug, statuses: statuses).yaml()
        #expect(try Self.agree(yaml, as: PlanExport.self))
    }

    /// What a person correcting a file by hand may write: all of it read by the reader, as Yams reads it.
    static let handWritten: [String] = [
        "name: a\n",
        "# a comment\n\nname: a   # trailing comment\ncount: 3\n",
        "name: 'it''s: here'\nnote: \"tab\\tand \\\"quote\\\" \\u00e9 \\x41\"\n",
        "name: x\ntags:\n  - one\n  -   two\n  - 'three'\n",
        "name: x\ntags:\n- one\n\n# between\n- two\nchildren:\n- name: c\n  tags: []\n- name: d\n  children:\n  - name: e\n",
        "name: x\r\ncount: -12\r\nshare: 2.5\r\ndone: yes\r\n",
        "name: x\nnote:\ncount: ~\nshare: null\n",
        "name: x\nnote: |\n  first\n\n  third\n    indented\ncount: 1\n",
        "name: x\nnote: |-\n  kept\n  lines\n\n\ndone: false\n",
        "name: x\nnote: |+\n  keep\n\n\n",
        "\"name\": quoted key\n'count': 4\n",
        "name: Sở Kế hoạch và Đầu tư\nnote: 2025-2030 (dự kiến)\nshare: 1e+3\n",
        "name:    spaced value   \n",
        "children:\n  - name: deep\n    children:\n      - name: deeper\n        note: x\nname: top\n",
        "name: x\nchildren: []\ntags: []\n",
        "- name: a\n- name: b\n",
    ]

    @Test func handCorrectionsAreReadAsYamsReadsThem() throws {
        for text in Self.handWritten {
            if text.hasPrefix("- ") {
                #expect(try Self.agree(text, as: [Item].self), "\(text)")
            } else {
                #expect(try Self.agree(text, as: Item.self), "\(text)")
            }
        }
    }

    /// Layouts outside the reader's part of YAML: it declines them, and `fromYAML`'s Yams reads them.
    static let declined: [String] = [
        "name: x\ntags: [a, b]\n",
        "name: &n x\nnote: *n\n",
        "name: !!str x\n",
        "name: first\n  continued\n",
        "name: 'first\n  continued'\n",
        "name: >\n  folded\n  text\n",
        "---\nname: x\n",
        "%YAML 1.1\n---\nname: x\n",
        "name: x\nname: y\n",
        "name: x\n\tcount: 1\n",
        "count: 0x1F\nname: x\n",
        "count: 017\nname: x\n",
        "? name\n: x\n",
        "{name: x}\n",
        "name: a\rcount: 1\n",
        "name: a\u{85}b\n",
        "name: a\u{2028}b\n",
    ]

    @Test func layoutsOutsideItsPartAreLeftToYams() throws {
        for text in Self.declined {
            #expect((try? YAMLBlockReader.decode(Item.self, from: text)) == nil, "\(text)")
        }
        // And read by Yams where they are YAML.
        #expect(try YAMLDecoder().decode(Item.self, from: Self.declined[0]).tags == ["a", "b"])
    }

    @Test func shapesThatDoNotFitThrow() throws {
        #expect(throws: (any Error).self) { try YAMLBlockReader.decode(Item.self, from: "note: x\n") }
        #expect(throws: (any Error).self) { try YAMLBlockReader.decode(Item.self, from: "name:\n- a\n") }
        #expect(throws: (any Error).self) { try YAMLBlockReader.decode(Item.self, from: "name: x\ncount: many\n") }
        #expect(throws: (any Error).self) { try YAMLBlockReader.decode(Item.self, from: "name: x\ntags: word\n") }
    }

    @Test func anExportCorrectedInAnUnusualLayoutStillImports() throws {
        let plan = try TestSupport.importSeed(TestSupport.konTumFile).plan
        let yaml = try PlanExport(plan: plan, id: "kon-tum-3785", statuses: ReportFixtures.konTumStatuses).yaml()
        // A flow list is outside the reader's part: the whole file goes to Yams, and reads the same.
        let edited = yaml.replacingOccurrences(of: "footnotes: []", with: "footnotes: [ ]")
        #expect(edited != yaml)
        #expect((try? YAMLBlockReader.decode(PlanExport.self, from: edited)) == nil)
        #expect(try PlanExport.fromYAML(edited) == PlanExport.fromYAML(yaml))
    }
}

/// Mutated exports (cut, deleted, inserted bytes; duplicated lines): the reader never traps, and where it
/// takes a mutated text Yams takes it too and reads the same value.
@Suite struct YAMLBlockReaderMutationTests {
    @Test func mutatedExportsNeverTrapAndNeverDisagreeWithYams() throws {
        let plan = try TestSupport.importSeed(TestSupport.konTumFile).plan
        let yaml = try PlanExport(plan: plan, id: "kon-tum-3785", statuses: ReportFixtures.konTumStatuses).yaml()
        try Self.mutate(yaml, as: PlanExport.self, seed: 2024, rounds: 600)
    }

    @Test func mutatedAwkwardStringsNeverTrapAndNeverDisagreeWithYams() throws {
        var box = YAMLBlockWriterTests.sample()
        box.strings.removeAll { $0.unicodeScalars.contains("\u{FEFF}") }
        try Self.mutate(try YAMLBlockWriter.encode(box), as: YAMLBlockWriterTests.Box.self, seed: 77, rounds: 600)
    }

    static func mutate<T: Decodable & Equatable>(_ yaml: String, as type: T.Type, seed: UInt64, rounds: Int) throws {
        let bytes = Array(yaml.utf8)
        let inserts: [[UInt8]] = ["-", ":", " ", "\n", "'", "\"", "|", "|-", "#", "\\", "\t", "[", "{", "\r", "x", "é", "- ", ": ",
                                  "  ", "\n  ", "~", "null", "0x1", ">", "|+", "''", "\\u00", "&a ", "*a", "!!str ", "---\n"]
            .map { Array($0.utf8) }
        var state = seed
        func next(_ bound: Int) -> Int {
            state = state &* 6364136223846793005 &+ 1442695040888963407
            return Int((state >> 33) % UInt64(max(bound, 1)))
        }
        var taken = 0, disagreed: [String] = []
        for round in 0..<rounds {
            var mutated = bytes
            for _ in 0...next(3) {
                switch next(4) {
                case 0: mutated = Array(mutated.prefix(mutated.count - next(mutated.count / 8 + 1)))
                case 1:
                    let start = next(mutated.count)
                    mutated.removeSubrange(start..<min(mutated.count, start + 1 + next(40)))
                case 2: mutated.insert(contentsOf: inserts[next(inserts.count)], at: next(mutated.count))
                default:
                    let lines = mutated.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false)
                    let index = next(lines.count)
                    var out = lines
                    out.insert(lines[index], at: index)
                    mutated = Array(out.joined(separator: [UInt8(ascii: "\n")]))
                }
            }
            let text = String(decoding: mutated, as: UTF8.self)
            guard let mine = try? YAMLBlockReader.decode(type, from: text) else { continue }
            taken += 1
            let yams = try? YAMLDecoder().decode(type, from: text)
            if yams != mine {
                var why = "values differ"
                do { _ = try YAMLDecoder().decode(type, from: text) } catch { why = "\(error)" }
                let at = zip(bytes, mutated).prefix(while: { $0 == $1 }).count
                let context = String(decoding: mutated[max(0, at - 40)..<min(mutated.count, at + 40)], as: UTF8.self)
                disagreed.append("round \(round): \(why.prefix(160)) near \(context.debugDescription)")
            }
        }
        #expect(disagreed.isEmpty, "\(disagreed.prefix(5))")
        #expect(taken > rounds / 20)
    }
}
