/// Columns and rows.
public struct TerminalSize: Sendable, Hashable {
    public var width: Int
    public var height: Int

    public init(width: Int, height: Int) {
        self.width = width
        self.height = height
    }

    public func fits(_ minimum: TerminalSize) -> Bool { width >= minimum.width && height >= minimum.height }
}
