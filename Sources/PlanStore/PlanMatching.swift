import PlanKit

/// What makes two imports "the same plan", and what changed between them. Kept outside the SQLite
/// code so another store applies the same rules.
public enum PlanMatching {
    /// Same number and issuer (folded), or — for copies without a number — the same slug.
    public static func identityKey(of identity: PlanIdentity) -> String {
        if let number = identity.number, !SearchKey.make(number).isEmpty {
            return "number:" + SearchKey.make(number) + "|" + SearchKey.make(identity.issuer)
        }
        return "slug:" + baseID(of: identity)
    }

    /// The same document read twice: the same number and the same signing date, whoever the issuer was read
    /// to be (a better reader may name the department rather than the province). Without both, nothing says so.
    public static func sameDocument(_ a: PlanIdentity, _ b: PlanIdentity) -> Bool {
        guard let numberA = a.number, let numberB = b.number, let dateA = a.date, let dateB = b.date,
              numberA.contains(where: \.isNumber) else { return false }
        return SearchKey.make(numberA) == SearchKey.make(numberB) && dateA == dateB
    }

    /// The id a new plan gets before collisions are resolved.
    public static func baseID(of identity: PlanIdentity) -> String {
        let slug = identity.slug
        return slug.isEmpty ? "plan" : slug
    }

    /// The first of `base`, `base-2`, `base-3`, … not taken.
    public static func uniqueID(base: String, isTaken: (String) throws -> Bool) rethrows -> String {
        if try !isTaken(base) { return base }
        var n = 2
        while try isTaken("\(base)-\(n)") { n += 1 }
        return "\(base)-\(n)"
    }

    public struct TaskDiff: Sendable, Equatable {
        public var added: [String]
        public var removed: [String]
        public var changed: [String]
    }

    /// Codes added, removed, and kept but changed; in plan order (the removed ones in the old plan's order).
    /// A task that only moved to another source line has not changed: an inserted line shifts them all.
    public static func diff(old: [PlanTask], new: [PlanTask]) -> TaskDiff {
        let oldByCode = Dictionary(old.map { ($0.code, $0) }, uniquingKeysWith: { first, _ in first })
        let newCodes = Set(new.map(\.code))
        var added: [String] = []
        var changed: [String] = []
        for task in new {
            guard let before = oldByCode[task.code] else { added.append(task.code); continue }
            if comparable(before) != comparable(task) { changed.append(task.code) }
        }
        let removed = old.map(\.code).filter { !newCodes.contains($0) }
        return TaskDiff(added: added, removed: removed, changed: changed)
    }

    private static func comparable(_ task: PlanTask) -> PlanTask {
        var copy = task
        copy.sourceLine = 0
        return copy
    }
}
