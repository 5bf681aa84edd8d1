import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Writes report and export files: never over an existing file unless asked, and never leaves half a
/// file behind. Shared by the commands and the dashboard's `:report`.
public enum OutputFile {
    public enum WriteError: Error, Equatable, CustomStringConvertible {
        case exists(path: String)
        case failed(path: String, reason: String)

        public var description: String {
            switch self {
            case .exists(let path): return "\(path): already exists"
            case .failed(let path, let reason): return "\(path): \(reason)"
            }
        }
    }

    /// Writes `bytes` to `path`. Without `overwrite`, an existing file is an error (checked by the
    /// create itself, so two writers cannot both win); with it, the old file is replaced in one rename.
    public static func write(_ bytes: [UInt8], to path: String, overwrite: Bool) throws {
        if overwrite {
            let temporary = path + ".kehoach-\(getpid())-tmp"
            try create(temporary, bytes, exclusive: false)
            guard rename(temporary, path) == 0 else {
                let reason = String(cString: strerror(errno))
                unlink(temporary)
                throw WriteError.failed(path: path, reason: reason)
            }
        } else {
            try create(path, bytes, exclusive: true)
        }
    }

    public static func write(_ text: String, to path: String, overwrite: Bool) throws {
        try write(Array(text.utf8), to: path, overwrite: overwrite)
    }

    /// `path` if nothing is there, else the first free `name-2.ext`, `name-3.ext`, …
    public static func available(_ path: String) -> String {
        guard FileManager.default.fileExists(atPath: path) else { return path }
        let url = URL(fileURLWithPath: path)
        let ext = url.pathExtension
        let base = url.deletingPathExtension().path
        var n = 2
        while FileManager.default.fileExists(atPath: "\(base)-\(n)\(ext.isEmpty ? "" : "." + ext)") { n += 1 }
        return "\(base)-\(n)\(ext.isEmpty ? "" : "." + ext)"
    }

    private static func create(_ path: String, _ bytes: [UInt8], exclusive: Bool) throws {
        let flags = O_WRONLY | O_CREAT | O_TRUNC | (exclusive ? O_EXCL : 0)
        let fd = open(path, flags, 0o666)  // the umask decides the rest, as for any file the user creates
        guard fd >= 0 else {
            if errno == EEXIST { throw WriteError.exists(path: path) }
            throw WriteError.failed(path: path, reason: String(cString: strerror(errno)))
        }
        var written = 0
        while written < bytes.count {
            let result = bytes.withUnsafeBytes { buffer in
                systemWrite(fd, buffer.baseAddress.map { $0 + written }, bytes.count - written)
            }
            if result < 0 && errno == EINTR { continue }
            guard result > 0 else {
                let reason = String(cString: strerror(errno))
                close(fd)
                unlink(path)
                throw WriteError.failed(path: path, reason: reason)
            }
            written += result
        }
        guard close(fd) == 0 else {
            let reason = String(cString: strerror(errno))
            unlink(path)
            throw WriteError.failed(path: path, reason: reason)
        }
    }
}

/// The C library's write(2), named apart from `OutputFile.write`.
private func systemWrite(_ fd: Int32, _ buffer: UnsafeRawPointer?, _ count: Int) -> Int {
    write(fd, buffer, count)
}
