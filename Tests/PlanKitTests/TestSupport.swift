import Foundation
@testable import PlanKit

/// Paths and shared fixtures for PlanKit's tests.
enum TestSupport {
    static let packageRoot = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    static func asset(_ relative: String) -> URL { packageRoot.appendingPathComponent("Assets/\(relative)") }

    static let directory: AgencyDirectory = {
        do {
            return try AgencyDirectory.load(path: asset("agencies.yaml").path)
        } catch {
            fatalError("the agency directory must load: \(error)")
        }
    }()

    static let thaiNguyenFile = "plans/1-thai-nguyen-semiconductor-strategy-plan.txt"
    static let konTumFile = "plans/2-kon-tum-3785-semiconductor-hr-plan.txt"

    static func seedText(_ file: String) throws -> String {
        try String(contentsOf: asset(file), encoding: .utf8)
    }

    static func importSeed(_ file: String) throws -> ImportResult {
        try PlanImporter.importPlan(text: seedText(file), directory: directory)
    }

    static func date(_ iso: String) -> CalendarDate {
        guard let d = CalendarDate(iso: iso) else { fatalError("bad test date \(iso)") }
        return d
    }
}
