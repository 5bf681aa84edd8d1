/// Every binding of the dashboard, and lookup by context. Help and footer are generated from `bindings`.
public struct Keymap: Sendable {
    public let bindings: [KeyBinding]
    private let lookup: [BindingContext: [Key: Command]]

    public init(_ bindings: [KeyBinding]) {
        self.bindings = bindings
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
    /// The dashboard's bindings. Movement keys are repeated in overlays that scroll, since an overlay
    /// captures every key but quit and help.
    public static let standard: Keymap = {
        var list: [KeyBinding] = [
            KeyBinding([.char("q")], .global, .quit, footer: true),
            KeyBinding([.char("?"), .function(1)], .global, .help, footer: true),
        ]
        // The number keys follow the panes' order.
        list += Pane.allCases.map { KeyBinding([.char(Character(String($0.number)))], .global, .showPane($0)) }
        list += [
            KeyBinding([.tab], .global, .nextPane),
            KeyBinding([.backTab], .global, .previousPane),
            KeyBinding([.char("k"), .up], .global, .moveUp),
            KeyBinding([.char("j"), .down], .global, .moveDown),
            KeyBinding([.pageUp, .ctrl("b")], .global, .pageUp),
            KeyBinding([.pageDown, .ctrl("f")], .global, .pageDown),
            KeyBinding([.char("g"), .home], .global, .top),
            KeyBinding([.char("G"), .end], .global, .bottom),
            KeyBinding([.char("/")], .global, .search, footer: true),
            KeyBinding([.char("n")], .global, .nextMatch),
            // After a search, n and N step through its matches (as in less and vim); Esc ends the search,
            // and n means "not started" again on task rows.
            KeyBinding([.char("n")], .searching, .nextMatch),
            KeyBinding([.char("N")], .searching, .previousMatch),
            KeyBinding([.char("N")], .global, .previousMatch),
            KeyBinding([.escape], .global, .clearSearch),
            KeyBinding([.char(":")], .global, .commandLine, footer: true),
            KeyBinding([.char("[")], .global, .previousPlan),
            KeyBinding([.char("]")], .global, .nextPlan),
        ]
        list += [
            KeyBinding([.escape], .detail, .closeOverlay, footer: true),
            KeyBinding([.char("k"), .up], .detail, .moveUp),
            KeyBinding([.char("j"), .down], .detail, .moveDown, footer: true),
            KeyBinding([.pageUp, .ctrl("b")], .detail, .pageUp),
            KeyBinding([.pageDown, .char(" "), .ctrl("f")], .detail, .pageDown),
            KeyBinding([.char("g"), .home], .detail, .top),
            KeyBinding([.char("G"), .end], .detail, .bottom),
            KeyBinding([.escape, .char("?")], .help, .closeOverlay, footer: true),
            KeyBinding([.char("k"), .up], .help, .moveUp),
            KeyBinding([.char("j"), .down], .help, .moveDown, footer: true),
            KeyBinding([.pageUp], .help, .pageUp),
            KeyBinding([.pageDown, .char(" ")], .help, .pageDown),
            KeyBinding([.char("g"), .home], .help, .top),
            KeyBinding([.char("G"), .end], .help, .bottom),
            KeyBinding([.escape, .char("f")], .filterPicker, .closeOverlay, footer: true),
            KeyBinding([.char("k"), .up], .filterPicker, .moveUp),
            KeyBinding([.char("j"), .down], .filterPicker, .moveDown),
            KeyBinding([.pageUp], .filterPicker, .pageUp),
            KeyBinding([.pageDown], .filterPicker, .pageDown),
            KeyBinding([.char("g"), .home], .filterPicker, .top),
            KeyBinding([.char("G"), .end], .filterPicker, .bottom),
            KeyBinding([.enter, .char(" ")], .filterPicker, .toggleChoice, footer: true),
            KeyBinding([.char("x")], .filterPicker, .clearFilters, footer: true),
        ]
        list += Pane.modules.flatMap { $0.bindings }
        list += editingBindings
        return Keymap(list)
    }()
}
