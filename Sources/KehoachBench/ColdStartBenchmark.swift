import Foundation

/// The dashboard as a user starts it: a new `kehoach` process opens the store and draws its first frame
/// (`kehoach dev first-frame`), timed from outside, with that process's own peak memory.
enum ColdStartBenchmark {
    static func run(label: String, databasePath: String, into report: inout Report) throws {
        let binary = URL(fileURLWithPath: CommandLine.arguments[0]).resolvingSymlinksInPath()
            .deletingLastPathComponent().appendingPathComponent("kehoach").path
        guard FileManager.default.isExecutableFile(atPath: binary) else {
            throw BenchError("no kehoach binary beside the benchmark at \(binary): build it with -c release")
        }
        var times: [Double] = []
        var peak = 0.0
        for _ in 0..<3 {
            let process = Process()
            process.executableURL = URL(fileURLWithPath: binary)
            process.arguments = ["dev", "first-frame", "--db", databasePath]
            let output = Pipe()
            process.standardOutput = output
            let elapsed = try Measure.milliseconds {
                try process.run()
                process.waitUntilExit()
            }
            guard process.terminationStatus == 0 else { throw BenchError("kehoach dev first-frame failed") }
            times.append(elapsed)
            // "peak memory: 165744 kB", from the child's own /proc/self/status.
            let text = String(decoding: output.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
            if let line = text.split(separator: "\n").first(where: { $0.hasPrefix("peak memory:") }),
               let kilobytes = Double(line.split(separator: " ").dropFirst(2).first ?? "") {
                peak = max(peak, kilobytes / 1024)
            }
        }
        let median = Measure.median(times)
        report.add("\(label): cold start to first frame (new process)", median, "ms", goal: "< 600 ms", met: median < 600)
        report.add("\(label): peak resident memory of the dashboard process", peak, "MB", goal: "< 150 MB", met: peak < 150)
    }
}
