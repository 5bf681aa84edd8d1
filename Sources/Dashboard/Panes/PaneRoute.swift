/// A pane's own command, effect or editor target carried through the dashboard's shared types by the
/// pane it belongs to: the core routes it to `pane.module` without knowing what it holds, so a pane
/// declares its own enums in its folder and no case is added to `Command`, `Effect` or `EditorKind`.
public struct PaneMessage: Sendable, Hashable, CustomStringConvertible {
    public let pane: Pane
    private let value: any Hashable & Sendable

    public init(_ pane: Pane, _ value: some Hashable & Sendable) {
        self.pane = pane
        self.value = value
    }

    /// The pane's own value, if it is of that type.
    public func value<T>(as type: T.Type) -> T? { value as? T }

    public static func == (lhs: PaneMessage, rhs: PaneMessage) -> Bool {
        lhs.pane == rhs.pane && lhs.value.isEqual(to: rhs.value)
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(pane)
        value.hash(into: &hasher)
    }

    public var description: String { "\(pane).\(value)" }
}

extension Hashable {
    /// Equal when the other is of this same type and equal as it.
    func isEqual(to other: Any) -> Bool { (other as? Self) == self }
}

/// What the store or the file system answered a pane's effect, routed back to that pane.
public struct PaneAnswer: Sendable {
    public let pane: Pane
    let value: any Sendable

    public init(_ pane: Pane, _ value: some Sendable) {
        self.pane = pane
        self.value = value
    }

    public func value<T>(as type: T.Type) -> T? { value as? T }
}

/// A pane's state, kept in `AppState.panes` and reached through a property its folder declares.
public protocol PaneState: Sendable {
    init()
}

/// Every pane's state, one value per state type; a state not stored yet is its `init()`.
public struct PaneStates: Sendable {
    private var values: [ObjectIdentifier: any Sendable] = [:]

    public init() {}

    public subscript<S: PaneState>(_ type: S.Type) -> S {
        get { values[ObjectIdentifier(type)] as? S ?? S() }
        // Taken out while it is changed, so an array inside it is not copied on every change.
        _modify {
            var value = values.removeValue(forKey: ObjectIdentifier(type)) as? S ?? S()
            defer { values[ObjectIdentifier(type)] = value }
            yield &value
        }
    }
}
