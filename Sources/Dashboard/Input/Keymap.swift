/// Every binding of the dashboard, and lookup by context. Help and footer are generated from `bindings`,
/// which come from the command registry.
public struct Keymap: Sendable {
    public let registry: CommandRegistry
    public let bindings: [KeyBinding]
    private let lookup: [BindingContext: [Key: Command]]

    public init(registry: CommandRegistry) {
        self.registry = registry
        self.bindings = registry.bindings
        var lookup: [BindingContext: [Key: Command]] = [:]
        for binding in bindings {
            for key in binding.keys where lookup[binding.context]?[key] == nil {
                lookup[binding.context, default: [:]][key] = binding.command
            }
        }
        self.lookup = lookup
    }

    public func command(for key: Key, in context: BindingContext) -> Command? {
        lookup[context]?[key]
    }

    public func bindings(in context: BindingContext) -> [KeyBinding] {
        bindings.filter { $0.context == context }
    }

    /// Bindings for the footer: the context's own first, then the global ones marked for it.
    public func footerBindings(for context: BindingContext) -> [KeyBinding] {
        let own = context == .global ? [] : bindings.filter { $0.context == context && $0.inFooter }
        let global = bindings.filter { $0.context == .global && $0.inFooter }
        if case .pane = context { return own + global }
        if context == .global { return global }
        // An overlay takes every key but quit and help: the footer says only what works there.
        return own + global.filter { $0.command == .quit }
    }
}

extension Keymap {
    /// The dashboard's keys, from its command registry.
    public static let standard = Keymap(registry: .standard)
}
