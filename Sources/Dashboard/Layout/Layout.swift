/// Splits rectangles by constraints, like ratatui's layout but deliberately small.
public enum Layout {
    /// Parts in order; fixed and percentage parts are served first, fills share the rest by weight.
    /// When the whole is too small the later parts shrink first; the parts never exceed the whole.
    public static func split(_ rect: Rect, _ axis: Axis, _ constraints: [Constraint], spacing: Int = 0) -> [Rect] {
        guard !constraints.isEmpty else { return [] }
        let whole = axis == .horizontal ? rect.width : rect.height
        let gaps = max(0, spacing) * (constraints.count - 1)
        var remaining = max(0, whole - gaps)
        var sizes = Array(repeating: 0, count: constraints.count)
        for (index, constraint) in constraints.enumerated() {
            let wanted: Int
            switch constraint {
            case .fixed(let n): wanted = max(0, n)
            case .percent(let p): wanted = max(0, (whole - gaps) * min(max(p, 0), 100) / 100)
            case .fill: continue
            }
            sizes[index] = min(wanted, remaining)
            remaining -= sizes[index]
        }
        let weights = constraints.map { constraint -> Int in
            if case .fill(let weight) = constraint { return max(1, weight) }
            return 0
        }
        let totalWeight = weights.reduce(0, +)
        if totalWeight > 0 {
            let share = remaining
            var given = 0
            var lastFill = 0
            for (index, weight) in weights.enumerated() where weight > 0 {
                sizes[index] = share * weight / totalWeight
                given += sizes[index]
                lastFill = index
            }
            // Rounding leftovers go to the last fill so the parts cover the whole.
            sizes[lastFill] += share - given
        }
        var rects: [Rect] = []
        var position = axis == .horizontal ? rect.x : rect.y
        for size in sizes {
            switch axis {
            case .horizontal: rects.append(Rect(x: position, y: rect.y, width: size, height: rect.height))
            case .vertical: rects.append(Rect(x: rect.x, y: position, width: rect.width, height: size))
            }
            position += size + max(0, spacing)
        }
        return rects
    }

    public static func rows(_ rect: Rect, _ constraints: [Constraint], spacing: Int = 0) -> [Rect] {
        split(rect, .vertical, constraints, spacing: spacing)
    }

    public static func columns(_ rect: Rect, _ constraints: [Constraint], spacing: Int = 0) -> [Rect] {
        split(rect, .horizontal, constraints, spacing: spacing)
    }

    /// A rectangle of at most `width`×`height`, centred in `rect`.
    public static func centered(_ width: Int, _ height: Int, in rect: Rect) -> Rect {
        let w = min(width, rect.width)
        let h = min(height, rect.height)
        return Rect(x: rect.x + (rect.width - w) / 2, y: rect.y + (rect.height - h) / 2, width: w, height: h)
    }

    /// The rectangle with `margin` taken off every side.
    public static func inset(_ rect: Rect, by margin: Int) -> Rect {
        Rect(x: rect.x + margin, y: rect.y + margin, width: rect.width - 2 * margin, height: rect.height - 2 * margin)
    }
}
