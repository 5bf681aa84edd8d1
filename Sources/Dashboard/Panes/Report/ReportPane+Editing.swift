import PlanKit

/// What the report pane's keys do: write a row or a section in the multi-line editor, change agency or
/// period, write the Word or Excel file; and what the store answers.
extension ReportPane {
    static func perform(_ command: ReportCommand, _ state: inout AppState) -> [Effect] {
        switch command {
        case .open:
            return open(argument: "", &state)
        case .writeRow:
            openEditor(.text, &state)
            return []
        case .writeDifficulties:
            openEditor(.difficulties, &state)
            return []
        case .writeProposals:
            openEditor(.proposals, &state)
            return []
        case .cycleAssessment:
            return cycleAssessment(&state)
        case .nextAgency, .previousAgency:
            state.report.cycleAgency(by: command == .nextAgency ? 1 : -1)
            refresh(&state)
        case .nextPeriod, .previousPeriod:
            state.report.stepPeriod(by: command == .nextPeriod ? 1 : -1)
            refresh(&state)
        case .writeWord, .writeExcel:
            guard let id = state.document?.id, let period = state.report.period, let agency = state.report.agency else {
                state.message = StatusMessage(ReportText.noReporters, isError: true)
                return []
            }
            return [.report(.write(planID: id, period: period, agency: agency,
                                   format: command == .writeWord ? .docx : .xlsx))]
        }
        return []
    }

    /// `R` and `:report [AGENCY] [PERIOD]`: the pane, on the agency and period named (either may be left out,
    /// in either order: a word that reads as a period is the period, the rest names the agency).
    static func open(argument: String, _ state: inout AppState) -> [Effect] {
        guard let document = state.document else {
            state.message = StatusMessage(.noPlanLoaded, isError: true)
            return []
        }
        var words = argument.split(separator: " ").map(String.init)
        if let at = words.firstIndex(where: { ReportingPeriod(code: $0) != nil }) {
            state.report.chosenPeriod = ReportingPeriod(code: words.remove(at: at))
        } else if words.count == 1, words[0].first?.isNumber == true {
            state.message = StatusMessage(ReportText.badPeriod(words[0]), isError: true)
            return []
        }
        state.pane = .report
        state.report.rebuild(document, asOf: state.asOf)
        if !words.isEmpty {
            let typed = words.joined(separator: " ")
            guard let key = ReportState.match(typed, in: state.report.agencies) else {
                state.message = StatusMessage(ReportText.agencyNotFound(typed), isError: true)
                return []
            }
            state.report.chosenAgency = key
        }
        refresh(&state)
        if let part = state.report.part, let period = state.report.period {
            state.message = StatusMessage(ReportText.opened(agency: part.name, period: period.label(vietnamese: state.text.language == .vi)))
        }
        return []
    }

    /// The form again after a change of agency, period, results or sections; the cursor starts at the top
    /// when the rows are another agency's or period's.
    static func refresh(_ state: inout AppState) {
        guard let document = state.document else { return }
        let before = (state.report.agency, state.report.period)
        state.report.rebuild(document, asOf: state.asOf)
        if before != (state.report.agency, state.report.period) { state.report.viewport = Viewport() }
        DashboardApp.clampViewports(&state)
    }

    // MARK: Editing

    /// Enter: the selected row's result (`K` its difficulties, `P` its proposals), or the selected section,
    /// in the multi-line editor.
    static func openEditor(_ edited: ReportEditTarget.ResultPart, _ state: inout AppState) {
        let report = state.report
        guard let document = state.document, let part = report.part, let period = report.period else { return }
        let periodLabel = period.label(vietnamese: state.text.language == .vi)
        let agency = part.name
        switch report.row(report.viewport.selected) {
        case .task(let at)?:
            guard let result = report.result(for: part.rows[at]) else { return }
            let code = result.key.taskCode
            let label: ReportText
            switch edited {
            case .text: label = .resultPrompt(code: code, period: periodLabel, agency: agency)
            case .difficulties: label = .difficultiesPrompt(code: code, period: periodLabel, agency: agency)
            case .proposals: label = .proposalsPrompt(code: code, period: periodLabel, agency: agency)
            }
            let target = ReportEditTarget(field: .result(result, edited), label: label)
            state.overlays.append(.editor(EditorPrompt(kind: .report(target), text: edited.value(of: result),
                                                       planID: document.id, keys: [], fromMarks: false)))
        case .section(let section)?:
            guard let sections = report.sectionsForEditing() else { return }
            let target = ReportEditTarget(field: .section(section, sections),
                                          label: .sectionPrompt(section, period: periodLabel, agency: part.name))
            state.overlays.append(.editor(EditorPrompt(kind: .report(target), text: section.text(sections) ?? "",
                                                       planID: document.id, keys: [], fromMarks: false)))
        case nil:
            return
        }
    }

    /// The editor's text, saved as the row's result or the section; based on the version read when the
    /// editor opened, so a change saved meanwhile elsewhere is refused, never overwritten.
    static func accept(_ text: String, _ target: ReportEditTarget, planID: String, _ state: inout AppState) -> [Effect] {
        switch target.field {
        case .result(var result, let edited):
            if text.isEmpty && result.version == 0 { return [] }  // nothing written, nothing stored
            edited.set(text, in: &result)
            return [.report(.saveResult(result, planID: planID))]
        case .section(let section, var sections):
            section.set(text.isEmpty ? nil : text, in: &sections)
            return [.report(.saveSections(sections, planID: planID))]
        }
    }

    /// `T`: the row's assessment steps Vượt → Đạt → Chậm → as its standing says → Vượt; saved at once,
    /// based on the version read.
    static func cycleAssessment(_ state: inout AppState) -> [Effect] {
        let report = state.report
        guard let document = state.document, let part = report.part, let period = report.period,
              case .task(let at)? = report.row(report.viewport.selected) else { return [] }
        let row = part.rows[at]
        // An assessment belongs to a written result: a row still empty is written first.
        guard var result = row.result else {
            state.message = StatusMessage(ReportText.writeResultFirst(row.task.code), isError: true)
            return []
        }
        let order: [Assessment?] = [.ahead, .met, .behind, nil]
        let now = order.firstIndex { $0 == result.assessment } ?? order.count - 1
        result.assessment = order[(now + 1) % order.count]
        let derived = result.assessment == nil
            ? Assessment.derived(from: row.standing, deadline: row.deadline, period: period) : nil
        state.message = StatusMessage(ReportText.assessmentChosen(code: result.key.taskCode, result.assessment, derived: derived))
        return [.report(.saveResult(result, planID: document.id))]
    }

    // MARK: Answers

    static func answered(_ answer: ReportAction, _ state: inout AppState) -> [Effect] {
        switch answer {
        case .loaded(let planID, let results, let sections):
            stored(planID: planID, results, sections, &state)
        case .saved(let planID, let what, let results, let sections):
            let before = state.report.results
            stored(planID: planID, results, sections, &state)
            // After `T` the status bar keeps which assessment the row now has: it says more than "saved".
            if !onlyAssessmentChanged(code: what, before: before, after: results) {
                state.message = StatusMessage(ReportText.saved(what))
            }
        case .failed(let reason):
            state.message = StatusMessage(ReportText.failed(reason), isError: true)
            if let id = state.document?.id { return [.report(.load(planID: id))] }
        case .written(let path):
            state.message = StatusMessage(ReportText.written(path))
        }
        return []
    }

    /// Whether the rows of `code` saved were changed in their assessment alone (a `T`), not in what they say.
    static func onlyAssessmentChanged(code: String, before: [TaskResult], after: [TaskResult]) -> Bool {
        let changed = after.filter { $0.key.taskCode == code }.compactMap { new in
            before.first { $0.key == new.key && $0.version != new.version }.map { (old: $0, new: new) }
        }
        return !changed.isEmpty && changed.allSatisfy {
            $0.old.assessment != $0.new.assessment && $0.old.text == $0.new.text && $0.old.quantities == $0.new.quantities
                && $0.old.difficulties == $0.new.difficulties && $0.old.proposals == $0.new.proposals
        }
    }

    static func stored(planID: String, _ results: [TaskResult], _ sections: [AgencySections], _ state: inout AppState) {
        guard state.document?.id == planID else { return }
        state.report.planID = planID
        state.report.results = results
        state.report.sections = sections
        // The form is derived with the lazy panes: now when shown, else when the loop is idle.
        if state.pane == .report { refresh(&state) } else { state.panesStale = true }
    }
}

/// What an editor opened from the report pane writes.
public struct ReportEditTarget: Sendable, Hashable {
    public enum Field: Sendable, Hashable {
        /// The row's result as stored (or new, version 0): the part edited is replaced.
        case result(TaskResult, ResultPart)
        case section(ReportSection, AgencySections)
    }

    /// The parts of a row's result written in the editor.
    public enum ResultPart: Sendable, Hashable {
        case text, difficulties, proposals

        func value(of result: TaskResult) -> String {
            switch self {
            case .text: return result.text
            case .difficulties: return result.difficulties ?? ""
            case .proposals: return result.proposals ?? ""
            }
        }

        func set(_ text: String, in result: inout TaskResult) {
            switch self {
            case .text: result.text = text
            case .difficulties: result.difficulties = text.isEmpty ? nil : text
            case .proposals: result.proposals = text.isEmpty ? nil : text
            }
        }
    }

    public var field: Field
    /// The editor's title.
    public var label: ReportText
}
