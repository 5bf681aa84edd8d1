import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Creates the database file and its directory private to the user before SQLite opens it: SQLite
/// would create the file with the umask's mode (often world-readable), and it gives the `-wal` and
/// `-shm` files the mode of the main file.
enum DatabaseFile {
    struct CreationError: Error, CustomStringConvertible {
        var path: String
        var code: Int32
        var description: String { "cannot create \(path): \(String(cString: strerror(code)))" }
    }

    static func prepare(path: String) throws {
        let directory = (path as NSString).deletingLastPathComponent
        if !directory.isEmpty { try makeDirectories(directory) }
        // O_EXCL: an existing file keeps its mode; only a file we create gets 0600.
        let fd = open(path, O_CREAT | O_EXCL | O_WRONLY | O_CLOEXEC, 0o600)
        if fd >= 0 {
            close(fd)
        } else if errno != EEXIST {
            throw CreationError(path: path, code: errno)
        }
    }

    /// Creates missing directories with mode 0700; existing ones (say /tmp) are left as they are.
    private static func makeDirectories(_ directory: String) throws {
        var isDirectory: ObjCBool = false
        if FileManager.default.fileExists(atPath: directory, isDirectory: &isDirectory) { return }
        let parent = (directory as NSString).deletingLastPathComponent
        if !parent.isEmpty && parent != directory { try makeDirectories(parent) }
        if mkdir(directory, 0o700) != 0 && errno != EEXIST {
            throw CreationError(path: directory, code: errno)
        }
    }
}
