/// A run of text in one style; a line of the screen is a few spans.
public struct Span: Sendable, Hashable {
    public var text: String
    public var style: Style

    public init(_ text: String, _ style: Style = .normal) {
        self.text = text
        self.style = style
    }

    public init(_ text: String, role: StyleRole) {
        self.text = text
        self.style = Style(role)
    }
}

/// One line of styled text.
public typealias StyledLine = [Span]
