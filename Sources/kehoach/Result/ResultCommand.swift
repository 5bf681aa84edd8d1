import Wording
import Foundation
import PlanKit
import ArgumentParser

struct ResultCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "result",
        abstract: HelpText.text(.resultAbstract),
        discussion: HelpText.examples("""
          kehoach result set kon-tum-3785 I.1 --period 2026 --text "Tổ chức 2 hội thảo"
          kehoach result set kon-tum-3785 I.1 --quantity "120 nhân lực" --target 6.0
          kehoach result set thai-nguyen 3.1 --period 2026-Q4 --assessment cham
          kehoach result sections thai-nguyen --agency "so ke hoach" --proposals "…"
        """),
        subcommands: [ResultSetCommand.self, ResultSectionsCommand.self]
    )
}

/// Reads the command line's words for periods, assessments and figures, with messages in both languages.
enum ResultOptions {
    static func period(_ typed: String?, plan: Plan, language l: Language) throws -> ReportingPeriod {
        guard let typed else { return ReportingPeriod.containing(Labels.today(), rhythm: ReportingRhythm.of(plan: plan)) }
        guard let period = ReportingPeriod(code: typed) else {
            throw CommandSupport.Failure(message: l(CommandMessage.resultPeriodNotReportingPeriod(typed: typed)), code: 1)
        }
        return period
    }

    static func assessment(_ typed: String, language l: Language) throws -> Assessment {
        switch SearchKey.make(typed) {
        case "vuot", "ahead": return .ahead
        case "dat", "met": return .met
        case "cham", "behind": return .behind
        default:
            throw CommandSupport.Failure(message: l(CommandMessage.resultAssessmentUseAheadMet(typed: typed)), code: 1)
        }
    }

    /// "120 nhân lực", "12,5 ha", "3 dự án": a number, then its unit.
    static func quantity(_ typed: String, target: String?, plan: Plan, language l: Language) throws -> ResultQuantity {
        let parts = typed.split(separator: " ", maxSplits: 1)
        guard parts.count == 2, let value = Double(parts[0].replacingOccurrences(of: ",", with: ".")), value.isFinite else {
            throw CommandSupport.Failure(message: l(CommandMessage.resultQuantityNumberThenUnit(typed: typed)), code: 1)
        }
        var quantity = ResultQuantity(value: value, unit: String(parts[1]).nfc)
        if let target {
            let indexes = target.split(separator: ".").compactMap { Int($0) }
            guard indexes.count == 2 else {
                throw CommandSupport.Failure(message: l(CommandMessage.resultTargetWriteObjectiveTarget(target: target)), code: 1)
            }
            quantity.objectiveIndex = indexes[0]
            quantity.targetIndex = indexes[1]
        }
        return quantity
    }

    /// The agency a row is for: the one named (matched against the task's lead and cooperating agencies),
    /// else the task's first lead agency that reports.
    /// The agency a row is written for: the one typed (or the agency that succeeded it in the period), else
    /// the task's first lead.
    static func agency(_ typed: String?, task: PlanTask, planID: String, period: ReportingPeriod,
                       language l: Language) throws -> AgencyRef {
        let named = task.lead + task.cooperating
        if let typed {
            let filter = AgencyFilter(query: typed, directory: try? AgencyDirectory.bundled())
            if let match = named.first(where: { filter.matches($0) || $0.reportingKey == typed })
                ?? named.first(where: { filter.matchesReporter($0, in: period) }) { return match }
            let list = named.map(\.printed).joined(separator: "; ")
            throw CommandSupport.Failure(message: l(CommandMessage.resultTaskNotAssignedAssigned(
                taskCode: task.code, planID: planID, typed: typed, list: list)), code: 1)
        }
        guard let lead = task.lead.first(where: { $0.kind != .collective }) ?? task.lead.first else {
            throw CommandSupport.Failure(message: l(CommandMessage.resultTaskHasNoLead(taskCode: task.code)), code: 1)
        }
        return lead
    }
}
