import Foundation
import Testing
@testable import PlanKit

@Suite struct DotGraphTests {
    @Test func quotingEscapesQuotesBackslashesAndLineBreaks() {
        #expect(DotGraph.quote("Sở Kế hoạch và Đầu tư") == "\"Sở Kế hoạch và Đầu tư\"")
        #expect(DotGraph.quote("Chương trình “Phát triển” \"x\"") == "\"Chương trình “Phát triển” \\\"x\\\"\"")
        #expect(DotGraph.quote("a\\b") == "\"a\\\\b\"")
        #expect(DotGraph.quote("a\nb") == "\"a\\nb\"")
        #expect(DotGraph.quote("a\u{1B}[31mb") == "\"a[31mb\"")
    }

    @Test func thaiNguyenGraphHasEveryTaskAndReference() throws {
        let plan = try TestSupport.importSeed(TestSupport.thaiNguyenFile).plan
        let dot = DotGraph.render(plan)
        #expect(dot.hasPrefix("digraph \"thai-nguyen\" {"))
        #expect(dot.hasSuffix("}\n"))
        for task in plan.tasks { #expect(dot.contains("\"task:\(task.code)\" [shape=ellipse")) }
        #expect(dot.contains("\"agency:so-ke-hoach-dau-tu\" [shape=box, label=\"Sở Kế hoạch và Đầu tư\"]"))
        #expect(dot.contains("\"agency:so-ke-hoach-dau-tu\" -> \"task:3.1\" [style=solid]"))
        #expect(dot.contains("\"agency:so-ke-hoach-dau-tu\" -> \"task:2.2\" [style=dashed"))
        // Collective bodies are dashed boxes.
        #expect(dot.contains("label=\"Các sở, ban, ngành\", style=dashed"))
        let solid = dot.components(separatedBy: "[style=solid]").count - 1
        let dashed = dot.components(separatedBy: "[style=dashed, color").count - 1
        var leads = 0
        var cooperating = 0
        for task in plan.tasks {
            var seen: Set<String> = []
            for agency in task.lead where seen.insert(agency.agencyID ?? agency.canonical).inserted { leads += 1 }
            for agency in task.cooperating where seen.insert(agency.agencyID ?? agency.canonical).inserted { cooperating += 1 }
        }
        #expect(solid == leads)
        #expect(dashed == cooperating)
        // Every quote inside a label is escaped: quotes are balanced on every line.
        for line in dot.split(separator: "\n") {
            let unescaped = line.replacingOccurrences(of: "\\\"", with: "").filter { $0 == "\"" }.count
            #expect(unescaped % 2 == 0, "unbalanced quotes: \(line)")
        }
    }
}
