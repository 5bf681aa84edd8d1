import CLibFuzzer
import Foundation

/// Which target a run fuzzes: `KEHOACH_FUZZ_TARGET` (text, table, yaml, codec, keys, docx, pdf), text by default.
enum FuzzEntry {
    static let target: FuzzTarget = {
        let name = ProcessInfo.processInfo.environment["KEHOACH_FUZZ_TARGET"] ?? "text"
        guard let target = FuzzTarget(rawValue: name) else {
            FileHandle.standardError.write(Data("KEHOACH_FUZZ_TARGET: one of \(FuzzTarget.allCases.map(\.rawValue))\n".utf8))
            exit(2)
        }
        return target
    }()
}

#if FUZZING
/// libFuzzer's entry. SwiftPM names this program's entry point `KehoachFuzz_main` and points `main` at it,
/// so libFuzzer's own main is not linked in: `main` below runs libFuzzer's driver itself.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzOneInput(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    FuzzEntry.target.run(UnsafeRawBufferPointer(start: data, count: size))
    return 0
}
#endif

/// Built with `-Xswiftc -sanitize=fuzzer -Xswiftc -DFUZZING` (`make fuzz`): libFuzzer runs the target on
/// its corpus and mutations. In the normal build: replays files (a crash the fuzzer found, a corpus)
/// through the target once each.
@main
struct FuzzMain {
    static func main() {
        #if FUZZING
        var argc = CommandLine.argc
        var argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>? = CommandLine.unsafeArgv
        exit(LLVMFuzzerRunDriver(&argc, &argv) { data, size in fuzzOneInput(data, size) })
        #else
        for path in CommandLine.arguments.dropFirst() {
            guard let data = FileManager.default.contents(atPath: path) else { continue }
            data.withUnsafeBytes { FuzzEntry.target.run($0) }
        }
        #endif
    }
}
