/// How much of a split one part takes.
public enum Constraint: Sendable, Hashable {
    /// Exactly this many columns or rows (less only when the whole is smaller).
    case fixed(Int)
    /// This percentage of the whole.
    case percent(Int)
    /// A share of what is left after fixed and percentage parts, by weight.
    case fill(Int)
}

public enum Axis: Sendable, Hashable {
    /// Parts side by side (columns).
    case horizontal
    /// Parts one under another (rows).
    case vertical
}
