import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Writes report and export files: never over an existing file unless asked, and never half a file under
/// the final name. The bytes go to a temporary file beside the target, are flushed to disk and checked,
/// then the temporary file is put in place in one step (link(2) without `overwrite`, so two writers
/// cannot both win; rename(2) with it). A target that is not a regular file (/dev/stdout, a FIFO, a
/// device) is written in place — there is nothing to rename over — and every write is checked.
/// A symbolic link is written through, as a shell's `>` does: the file it points to (created if the link
/// dangles) is replaced the same way, and the link stays a link. Shared by the commands and the
/// dashboard's `:report`.
public enum OutputFile {
    public enum WriteError: Error, Equatable, CustomStringConvertible {
        case exists(path: String)
        /// `code` is the errno of the call that failed.
        case failed(path: String, code: Int32)

        public var description: String {
            switch self {
            case .exists(let path): return "\(path): already exists"
            case .failed(let path, let code): return "\(path): \(String(cString: strerror(code)))"
            }
        }
    }

    /// Writes `bytes` to `path`. Without `overwrite`, an existing file is an error.
    public static func write(_ bytes: [UInt8], to named: String, overwrite: Bool) throws {
        let path: String
        do {
            path = try target(of: named)
        } catch WriteError.failed(_, let code) {
            throw WriteError.failed(path: named, code: code)
        }
        do {
            try write(bytes, resolved: path, overwrite: overwrite)
        } catch WriteError.exists {
            throw WriteError.exists(path: named)
        } catch WriteError.failed(_, let code) {
            throw WriteError.failed(path: named, code: code)  // the user named the file, not its target or temporary
        }
    }

    /// The file a path names once its symbolic links are followed (the last link's target, even when that
    /// does not exist yet); the path itself when it is not a link. A loop of links is ELOOP.
    static func target(of path: String) throws -> String {
        var current = path
        for _ in 0..<40 {
            var status = stat()
            guard lstat(current, &status) == 0, status.st_mode & S_IFMT == S_IFLNK else { return current }
            var buffer = [CChar](repeating: 0, count: Int(PATH_MAX) + 1)
            let count = readlink(current, &buffer, buffer.count - 1)
            guard count >= 0 else { throw WriteError.failed(path: path, code: errno) }
            let destination = String(decoding: buffer[0..<count].map { UInt8(bitPattern: $0) }, as: UTF8.self)
            current = destination.hasPrefix("/")
                ? destination
                : URL(fileURLWithPath: current).deletingLastPathComponent().path + "/" + destination
        }
        throw WriteError.failed(path: path, code: ELOOP)
    }

    private static func write(_ bytes: [UInt8], resolved path: String, overwrite: Bool) throws {
        var status = stat()
        if stat(path, &status) == 0 {
            if !overwrite { throw WriteError.exists(path: path) }
            if status.st_mode & S_IFMT != S_IFREG { return try writeInPlace(bytes, to: path) }
        }
        let temporary = temporaryName(for: path)
        try create(temporary, bytes)
        var placed = overwrite ? rename(temporary, path) : link(temporary, path)
        var code = errno
        if placed != 0 && !overwrite && (code == EPERM || code == ENOTSUP || code == EOPNOTSUPP) {
            // A file system without hard links (FAT, some network shares): a rename after one more look.
            placed = stat(path, &status) == 0 ? -1 : rename(temporary, path)
            code = placed == 0 ? 0 : (stat(path, &status) == 0 ? EEXIST : errno)
        }
        if !overwrite || placed != 0 { unlink(temporary) }
        guard placed == 0 else {
            if code == EEXIST { throw WriteError.exists(path: path) }
            throw WriteError.failed(path: path, code: code)
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

    /// In the target's directory (a rename does not cross file systems), hidden, unique to this process.
    static func temporaryName(for path: String) -> String {
        let url = URL(fileURLWithPath: path)
        let directory = url.deletingLastPathComponent().path
        return directory + "/." + url.lastPathComponent + ".kehoach-\(getpid())-\(UInt32.random(in: 0...UInt32.max))-tmp"
    }

    private static func create(_ path: String, _ bytes: [UInt8]) throws {
        let fd = open(path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o666)  // the umask decides the rest
        guard fd >= 0 else { throw WriteError.failed(path: path, code: errno) }
        if let code = writeAll(fd, bytes) ?? (fsync(fd) == 0 ? nil : errno) {
            close(fd)
            unlink(path)
            throw WriteError.failed(path: path, code: code)
        }
        guard close(fd) == 0 else {
            let code = errno
            unlink(path)
            throw WriteError.failed(path: path, code: code)
        }
    }

    private static func writeInPlace(_ bytes: [UInt8], to path: String) throws {
        let fd = open(path, O_WRONLY | O_CLOEXEC)
        guard fd >= 0 else { throw WriteError.failed(path: path, code: errno) }
        if let code = writeAll(fd, bytes) {
            close(fd)
            throw WriteError.failed(path: path, code: code)
        }
        guard close(fd) == 0 else { throw WriteError.failed(path: path, code: errno) }
    }

    /// nil when every byte is out, else the errno (a zero-byte write counts as EIO: no progress).
    private static func writeAll(_ fd: Int32, _ bytes: [UInt8]) -> Int32? {
        var written = 0
        while written < bytes.count {
            let result = bytes.withUnsafeBytes { buffer in
                systemWrite(fd, buffer.baseAddress.map { $0 + written }, bytes.count - written)
            }
            if result < 0 && errno == EINTR { continue }
            if result < 0 { return errno }
            if result == 0 { return EIO }
            written += result
        }
        return nil
    }
}

/// The C library's write(2), named apart from `OutputFile.write`.
private func systemWrite(_ fd: Int32, _ buffer: UnsafeRawPointer?, _ count: Int) -> Int {
    write(fd, buffer, count)
}
