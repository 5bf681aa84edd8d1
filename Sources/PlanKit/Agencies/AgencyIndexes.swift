import Foundation

/// The directory's name indexes (the matcher's trie and the collectives' signatures), built the first
/// time a name is looked up: most commands only ask for agencies by id (successors, a report's names),
/// and building both costs more than reading the directory file. Shared by copies of the directory;
/// built once under a lock, so a directory handed to other threads stays `Sendable`.
final class AgencyIndexes: @unchecked Sendable {
    private let agencies: [Agency]
    private let lock = NSLock()
    private var builtMatcher: AgencyMatcher?
    private var builtCollectives: [String: Int]?

    init(agencies: [Agency]) { self.agencies = agencies }

    var matcher: AgencyMatcher {
        lock.lock()
        defer { lock.unlock() }
        return matcherLocked()
    }

    /// The collective each signature denotes (see `CollectiveName.signature`), from the directory's spellings.
    var collectives: [String: Int] {
        lock.lock()
        defer { lock.unlock() }
        if let builtCollectives { return builtCollectives }
        let built = CollectiveGrammar.signatures(of: agencies, matcher: matcherLocked())
        builtCollectives = built
        return built
    }

    private func matcherLocked() -> AgencyMatcher {
        if let builtMatcher { return builtMatcher }
        let built = Self.matcher(of: agencies)
        builtMatcher = built
        return built
    }

    private static func matcher(of agencies: [Agency]) -> AgencyMatcher {
        // Each name split once, for both passes.
        let names = agencies.map { agency in ([agency.name] + agency.aliases).map(AgencyMatcher.keys(of:)) }
        var matcher = AgencyMatcher()
        for (index, keys) in names.enumerated() {
            for name in keys { matcher.add(keys: name, agency: index) }
        }
        // "Sở Khoa học Công nghệ": a field named "X và Y" is often written without its "và"; after every
        // spelling the directory gives, so that no variant takes another agency's name.
        for (index, keys) in names.enumerated() {
            for name in keys { matcher.add(keys: name, agency: index, droppingAnd: true) }
        }
        matcher.collectives = Set(agencies.indices.filter { agencies[$0].kind == .collective })
        return matcher
    }
}
