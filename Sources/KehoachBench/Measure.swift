import Foundation

/// Timing helpers: durations in milliseconds, medians and 99th percentiles, peak memory.
enum Measure {
    static func milliseconds(_ body: () throws -> Void) rethrows -> Double {
        let clock = ContinuousClock()
        let elapsed = try clock.measure(body)
        return Double(elapsed.components.seconds) * 1000 + Double(elapsed.components.attoseconds) / 1e15
    }

    /// Runs `body` `count` times and returns each run's milliseconds.
    static func samples(_ count: Int, _ body: (Int) throws -> Void) rethrows -> [Double] {
        var result: [Double] = []
        result.reserveCapacity(count)
        for i in 0..<count { result.append(try milliseconds { try body(i) }) }
        return result
    }

    static func percentile(_ values: [Double], _ p: Double) -> Double {
        guard !values.isEmpty else { return .nan }
        let sorted = values.sorted()
        let rank = Int((p / 100 * Double(sorted.count - 1)).rounded(.up))
        return sorted[min(sorted.count - 1, max(0, rank))]
    }

    static func median(_ values: [Double]) -> Double { percentile(values, 50) }

    /// Peak resident set size of this process so far, in MB.
    static func peakResidentMB() -> Double {
        var usage = rusage()
        getrusage(RUSAGE_SELF.rawValue, &usage)
        return Double(usage.ru_maxrss) / 1024  // Linux reports kilobytes
    }
}

/// The table `make bench` prints: one row per figure, with its goal and whether it is met.
struct Report {
    struct Row {
        var name: String
        var value: Double
        var unit: String
        var goal: String
        var met: Bool?
    }
    var rows: [Row] = []

    mutating func add(_ name: String, _ value: Double, _ unit: String, goal: String = "", met: Bool? = nil) {
        rows.append(Row(name: name, value: value, unit: unit, goal: goal, met: met))
        // Flushed line by line so a long run shows progress.
        FileHandle.standardOutput.write(Data((String(format: "  %-58@ %10.2f %-6@ %@", name as NSString, value,
                                                      unit as NSString, goal as NSString) + "\n").utf8))
    }

    func printTable() {
        print("")
        print("| figure | value | goal | met |")
        print("|---|---:|---|---|")
        for row in rows {
            let met = row.met.map { $0 ? "yes" : "NO" } ?? ""
            print(String(format: "| %@ | %.2f %@ | %@ | %@ |", row.name as NSString, row.value, row.unit as NSString,
                         row.goal as NSString, met as NSString))
        }
    }
}
