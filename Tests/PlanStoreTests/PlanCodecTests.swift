import Foundation
import Testing
@testable import PlanKit
@testable import PlanStore

@Suite("The stored form of a plan")
struct PlanCodecTests {
    static func seeds() throws -> [Plan] {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        let directory = try AgencyDirectory.load(path: root.appendingPathComponent("Assets/agencies.yaml").path)
        return try ["1-thai-nguyen-semiconductor-strategy-plan.txt", "2-kon-tum-3785-semiconductor-hr-plan.txt"].map {
            let text = try String(contentsOf: root.appendingPathComponent("Assets/plans/\($0)"), encoding: .utf8)
            return try PlanImporter.importPlan(text: text, directory: directory).plan
        }
    }

    @Test func seedPlansRoundTripExactly() throws {
        for plan in try Self.seeds() {
            let bytes = PlanCodec.encode(plan)
            #expect(try PlanCodec.decode(bytes) == plan)
            // Smaller than the JSON it replaces (much smaller for large plans, where names repeat).
            let json = try JSONEncoder().encode(plan)
            #expect(bytes.count < json.count)
        }
    }

    @Test func everyFieldSurvives() throws {
        let ref = AgencyRef(printed: "Sở KH&ĐT", agencyID: nil, canonical: "Sở KH&ĐT", kind: .unknown)
        let plan = Plan(
            identity: PlanIdentity(issuer: "UBND", province: nil, number: "1/KH", date: CalendarDate(year: 2025, month: 2, day: 28),
                                   title: "Kế hoạch 中文 😀", signer: nil),
            sourceDigest: "abc",
            objectives: [Objective(level: .byYear(2030), heading: "Đến năm 2030", text: "t",
                                   targets: [Target(value: 197.61, valueText: "197,61", qualifier: .atMost, unit: "ha",
                                                    period: .byYear(2030), phrase: "tối đa 197,61 ha")], sourceLine: -3)],
            groups: [TaskGroup(code: "I", title: "Nhóm", sourceLine: 9)],
            tasks: [PlanTask(code: "I.1", groupCode: "I", text: "x\u{1B}[1my", lead: [ref], cooperating: [ref, ref],
                             submissionLevel: "Cơ quan có thẩm quyền", result: nil,
                             timeframe: Timeframe(text: "Quý II/2027", kind: .quarter, start: CalendarDate(year: 2027, month: 4, day: 1),
                                                  end: CalendarDate(year: 2027, month: 6, day: 30), note: "ghi chú"),
                             remark: "r", sourceLine: 12)],
            duties: [AgencyDuty(agencies: [ref], heading: "h", remark: nil, items: ["a", "b"], sourceLine: 1)],
            reporting: [ReportingDuty(reporters: [ref], recipient: nil, through: ref, dueMonth: 12, dueDay: 10, text: "r", sourceLine: 2)],
            footnotes: [Footnote(number: 4, text: "f", sourceLine: 3)])
        // Strings come back through the boundary sanitiser: the escape sequence a damaged or foreign
        // store holds goes whole.
        var expected = plan
        expected.tasks[0].text = "xy"
        #expect(try PlanCodec.decode(PlanCodec.encode(plan)) == expected)
    }

    @Test func aUnitsParentIsKept() throws {
        var plan = try Self.seeds()[1]
        let unit = AgencyRef(printed: "Vụ Pháp chế", agencyID: nil, canonical: "Vụ Pháp chế", kind: .ministry, parentID: "bo-noi-vu")
        plan.tasks[0].cooperating.append(unit)
        plan.reporting[0].through = unit
        let back = try PlanCodec.decode(PlanCodec.encode(plan))
        #expect(back.tasks[0].cooperating.last?.parentID == "bo-noi-vu")
        #expect(back == plan)
    }

    @Test func aPlanStoredInVersionOneStillReads() throws {
        // The codec's fuzz seed was written by version 1, before references kept their parent.
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        let old = try Data(contentsOf: root.appendingPathComponent("Tests/FuzzSeeds/codec/kon-tum-3785.bin"))
        #expect(old.prefix(7) == Data("KHPLAN".utf8) + [0x02])  // version 1, zigzag-encoded
        let plan = try PlanCodec.decode(old)
        #expect(plan.tasks.count == 15)
        #expect(plan.tasks.allSatisfy { task in (task.lead + task.cooperating).allSatisfy { $0.parentID == nil } })
        #expect(plan.tasks[0].lead.first?.agencyID != nil)
        // Written again, it is version 2 and reads back the same.
        let again = PlanCodec.encode(plan)
        #expect(again[6] == 0x04)
        #expect(try PlanCodec.decode(again) == plan)
    }

    @Test func damagedBytesAreAnErrorNeverACrash() throws {
        let bytes = PlanCodec.encode(try Self.seeds()[1])
        #expect(throws: BinaryReader.Corrupt.self) { try PlanCodec.decode([]) }
        #expect(throws: BinaryReader.Corrupt.self) { try PlanCodec.decode(Array(bytes.prefix(bytes.count / 2))) }
        var rng = SplitMix64(seed: 5)
        for _ in 0..<200 {
            var damaged = bytes
            for _ in 0..<3 { damaged[6 + rng.next(damaged.count - 6)] = UInt8(truncatingIfNeeded: rng.nextUInt64()) }
            _ = try? PlanCodec.decode(damaged)  // any outcome but a crash
        }
    }

    @Test func hugeLengthsAndDatesAreErrorsToo() {
        // A string-table length near Int.max must not overflow the bounds check.
        var header = BinaryWriter()
        header.int(1)
        header.int(1)
        header.int(Int.max)
        #expect(throws: BinaryReader.Corrupt.self) { try PlanCodec.decode(PlanCodec.magic + header.body + [0x41]) }
        // A day number past 9999-12-31 is refused, not turned into a date (or an overflow).
        for day in [Int.max, 1_000_000_000_000, Int.min / 2] {
            var w = BinaryWriter()
            w.string("issuer")
            w.optionalString(nil)
            w.optionalString(nil)
            w.bool(true)
            w.int(day)
            #expect(throws: BinaryReader.Corrupt.self) { try PlanCodec.decode(w.finish(magic: PlanCodec.magic, version: PlanCodec.version)) }
        }
    }
}
