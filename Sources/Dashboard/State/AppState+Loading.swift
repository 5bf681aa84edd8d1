extension AppState {
    /// What stands in for counts over the plan while only its first page is here: still loading, or the
    /// rest could not be read (nil: the whole plan is here).
    var partialPlanNotice: UIText? {
        guard let document, document.isPartial else { return nil }
        let loaded = document.plan.tasks.count, total = document.wholeTaskCount
        return wholeLoadFailed ? .partialLoadFailed(loaded: loaded, total: total) : .loadingTasks(loaded: loaded, total: total)
    }
}
