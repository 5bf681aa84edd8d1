import PlanKit
import PlanStore

/// Which tasks an `--agency` query names: the directory's agency for an abbreviation or full name
/// ("Sở KH&ĐT"), or every agency whose printed or canonical name (or alias) holds all the query's
/// words, diacritics and case aside ("so ke hoach").
struct AgencyFilter {
    /// The query's words, folded once: a plan's agencies are tested against them by the hundred.
    let queryWords: [String]
    let resolvedID: String?
    let directory: AgencyDirectory?

    init(query: String, directory: AgencyDirectory?) {
        self.queryWords = SearchKey.words(of: query)
        self.resolvedID = directory?.lookup(query)?.id
        self.directory = directory
    }

    func matches(_ agency: AgencyRef) -> Bool { matches(AgencyMention(agency)) }

    func matches(_ agency: AgencyMention) -> Bool {
        if let resolvedID, agency.agencyID == resolvedID { return true }
        var names = [agency.printed, agency.canonical]
        if let id = agency.agencyID, let known = directory?.agency(id: id) { names += [known.name] + known.aliases }
        return names.contains { SearchKey.matches(key: SearchKey.make($0), words: queryWords) }
    }

    func matches(_ task: PlanTask) -> Bool { (task.lead + task.cooperating).contains(where: matches) }

    func knowsAnyAgency(in plan: Plan) -> Bool { plan.tasks.contains(where: matches) }

    /// The first agency of the plan (in task order, lead before cooperating) that the query names.
    func firstAgency(in plan: Plan) -> AgencyRef? { plan.tasks.lazy.flatMap { $0.lead + $0.cooperating }.first(where: matches) }

    /// Whether the query names the agency a reference reports under in a period (its successor after a merger).
    func matchesReporter(_ agency: AgencyRef, in period: ReportingPeriod) -> Bool {
        if matches(agency) { return true }
        let reporter = agency.reporting(in: period, directory: directory)
        return reporter.key == resolvedID || SearchKey.matches(key: SearchKey.make(reporter.name), words: queryWords)
    }

    /// The key and name a query's agency reports under in a period: "so ke hoach" in 2026 is Sở Tài chính,
    /// which took over its duties, and so is "so tai chinh" for the rows the plan gives Sở Kế hoạch và Đầu tư.
    func reporter(in plan: Plan, period: ReportingPeriod) -> (key: String, name: String)? {
        let named = plan.tasks.lazy.flatMap { $0.lead + $0.cooperating }
        return (named.first(where: matches) ?? named.first { matchesReporter($0, in: period) })?
            .reporting(in: period, directory: directory)
    }
}
