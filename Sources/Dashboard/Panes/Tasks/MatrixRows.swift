import PlanKit

/// Builds the matrix rows: groups in plan order, tasks filtered and sorted inside each group.
enum MatrixRows {
    static func build(_ document: LoadedPlan, sort: MatrixSort, filters: MatrixFilters, collapsed: Set<String>,
                      names: (Int, MatrixColumn) -> String) -> [MatrixRow] {
        let plan = document.plan
        func passes(_ task: Int) -> Bool {
            if !filters.standings.isEmpty && !filters.standings.contains(document.standings[task]) { return false }
            if !filters.groups.isEmpty && !filters.groups.contains(plan.tasks[task].groupCode) { return false }
            if !filters.agencies.isEmpty && filters.agencies.isDisjoint(with: document.taskAgencyKeys[task]) { return false }
            return true
        }
        let order = comparator(document, sort: sort, names: names)
        var rows: [MatrixRow] = []
        rows.reserveCapacity(plan.tasks.count + plan.groups.count)
        for (groupIndex, members) in document.tasksByGroup.enumerated() {
            let shown = members.filter(passes)
            if shown.isEmpty && (!filters.isEmpty || members.isEmpty) { continue }
            rows.append(.group(groupIndex, taskCount: shown.count))
            if !collapsed.contains(plan.groups[groupIndex].code) {
                rows += shown.sorted(by: order).map(MatrixRow.task)
            }
        }
        let loose = document.ungroupedTasks.filter(passes)
        if !loose.isEmpty {
            if !document.tasksByGroup.isEmpty { rows.append(.ungrouped(taskCount: loose.count)) }
            rows += loose.sorted(by: order).map(MatrixRow.task)
        }
        return rows
    }

    /// Task order for a sort column; ties keep plan order so sorting is stable and predictable.
    static func comparator(_ document: LoadedPlan, sort: MatrixSort,
                           names: (Int, MatrixColumn) -> String) -> (Int, Int) -> Bool {
        let tasks = document.plan.tasks
        let ascending: (Int, Int) -> Bool
        switch sort.column {
        case .code:
            ascending = { $0 < $1 }
        case .task, .lead, .cooperating:
            let column = sort.column
            // Names are computed once per sort, not once per comparison.
            let sortNames = tasks.indices.map { names($0, column) }
            func name(_ i: Int) -> String { sortNames[i] }
            ascending = { a, b in
                switch VietnameseCollation.compare(name(a), name(b)) {
                case .orderedAscending: return true
                case .orderedDescending: return false
                case .orderedSame: return a < b
                }
            }
        case .timeframe:
            ascending = { a, b in
                let ea = tasks[a].timeframe.end
                let eb = tasks[b].timeframe.end
                if ea != eb {
                    guard let ea else { return false }
                    guard let eb else { return true }
                    return ea < eb
                }
                return a < b
            }
        case .standing:
            ascending = { a, b in
                let sa = StandingRule.severity(document.standings[a])
                let sb = StandingRule.severity(document.standings[b])
                return sa != sb ? sa < sb : a < b
            }
        }
        if sort.reversed { return { ascending($1, $0) } }
        return ascending
    }

    static func index(of row: MatrixRow, in rows: [MatrixRow]) -> Int? {
        switch row {
        case .task(let task): return rows.firstIndex(of: .task(task))
        case .group(let group, _):
            return rows.firstIndex { if case .group(group, _) = $0 { return true } else { return false } }
        case .ungrouped:
            return rows.firstIndex { if case .ungrouped = $0 { return true } else { return false } }
        }
    }
}
