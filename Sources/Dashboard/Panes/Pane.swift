/// A pane, named by its module. Order, Tab and the number keys all come from `modules`.
public struct Pane: Sendable, Hashable, CustomStringConvertible {
    public let id: String

    init(_ id: String) { self.id = id }

    /// The panes in the order of the tab bar and the number keys: the one list to add a pane to.
    static var modules: [any PaneModule.Type] {
        [ObjectivesPane.self, TasksPane.self, AgenciesPane.self, TimelinePane.self, ReportPane.self]
    }

    public static var allCases: [Pane] { modules.map { $0.pane } }

    var module: any PaneModule.Type {
        Pane.modules.first { $0.pane == self } ?? TasksPane.self
    }

    /// Its number key and tab number, from 1.
    public var number: Int { (Pane.allCases.firstIndex(of: self) ?? 0) + 1 }

    public var next: Pane { Pane.step(self, by: 1) }
    public var previous: Pane { Pane.step(self, by: -1) }

    private static func step(_ pane: Pane, by delta: Int) -> Pane {
        let all = allCases
        let index = all.firstIndex(of: pane) ?? 0
        return all[(index + delta + all.count) % all.count]
    }

    public var description: String { id }
}
