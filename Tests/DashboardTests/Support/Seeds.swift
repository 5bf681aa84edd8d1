import Foundation
import PlanKit

/// The two seed plans, read from the repository's Assets with the real importer.
enum Seeds {
    static let packageRoot = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    static let directory: AgencyDirectory = {
        do {
            return try AgencyDirectory.load(path: packageRoot.appendingPathComponent("Assets/agencies.yaml").path)
        } catch {
            fatalError("the agency directory must load: \(error)")
        }
    }()

    static let konTum: Plan = load("2-kon-tum-3785-semiconductor-hr-plan.txt")
    static let thaiNguyen: Plan = load("1-thai-nguyen-semiconductor-strategy-plan.txt")

    static func load(_ file: String) -> Plan {
        let url = packageRoot.appendingPathComponent("Assets/plans/\(file)")
        do {
            let text = try String(contentsOf: url, encoding: .utf8)
            return try PlanImporter.importPlan(text: text, directory: directory).plan
        } catch {
            fatalError("seed \(file) must import: \(error)")
        }
    }

    static func date(_ iso: String) -> CalendarDate {
        guard let date = CalendarDate(iso: iso) else { fatalError("bad test date \(iso)") }
        return date
    }
}

/// The seed plans as scenario tests name them.
enum SeedPlan: String, CaseIterable, CustomStringConvertible {
    case konTum = "kon-tum-3785"
    case thaiNguyen = "thai-nguyen"

    var plan: Plan { self == .konTum ? Seeds.konTum : Seeds.thaiNguyen }
    var description: String { rawValue }
}
