import Foundation
import PlanKit
#if canImport(Glibc)
import Glibc
#endif

/// Standard output written in blocks as a writer produces them, instead of one string at the end.
enum StandardOutput {
    /// Streams a JSON document and ends it with a newline, as `print` of the whole text did.
    static func write(_ body: (inout JSONStream) -> Void) {
        fflush(nil)  // whatever `print` buffered goes first
        var stream = JSONStream { writeAll($0) }
        body(&stream)
        stream.finish()
    }

    /// Every byte, across short writes; a closed pipe ends the output silently, as it ends `print`'s.
    static func writeAll(_ bytes: [UInt8]) {
        bytes.withUnsafeBytes { raw in
            guard let base = raw.baseAddress else { return }
            var offset = 0
            while offset < raw.count {
                let written = Glibc.write(STDOUT_FILENO, base + offset, raw.count - offset)
                if written < 0 {
                    if errno == EINTR { continue }
                    return
                }
                offset += written
            }
        }
    }
}
