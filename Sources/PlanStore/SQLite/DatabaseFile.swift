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

    /// True when this call made the file (or found it empty, as a failed earlier create leaves it):
    /// such a file is the caller's to remove if setting the store up fails.
    @discardableResult
    static func prepare(path: String) throws -> Bool {
        let directory = (path as NSString).deletingLastPathComponent
        if !directory.isEmpty { try makeDirectories(directory) }
        // O_EXCL: an existing file keeps its mode; only a file we create gets 0600.
        let fd = open(path, O_CREAT | O_EXCL | O_WRONLY | O_CLOEXEC, 0o600)
        if fd >= 0 {
            close(fd)
            return true
        }
        guard errno == EEXIST else { throw CreationError(path: path, code: errno) }
        var status = stat()
        // A directory named as the store: said so, rather than SQLite's "unable to open database file".
        if stat(path, &status) == 0, status.st_mode & S_IFMT == S_IFDIR { throw CreationError(path: path, code: EISDIR) }
        // An empty file holds no store yet: it gets the mode a new one would (if it is ours to change).
        if stat(path, &status) == 0, status.st_mode & S_IFMT == S_IFREG, status.st_size == 0, status.st_uid == geteuid() {
            chmod(path, 0o600)
        }
        return false
    }

    /// A store that is there but cannot be written: the file, or the directory its journal goes in.
    static func existsUnwritable(path: String) -> Bool {
        guard access(path, F_OK) == 0 else { return false }
        let directory = (path as NSString).deletingLastPathComponent
        return access(path, W_OK) != 0 || access(directory.isEmpty ? "." : directory, W_OK) != 0
    }

    /// The file and its journal, after a create that could not be completed.
    static func remove(path: String) {
        for suffix in ["", "-wal", "-shm", "-journal"] { unlink(path + suffix) }
    }

    /// Creates missing directories with mode 0700; existing ones (say /tmp) are left as they are.
    private static func makeDirectories(_ directory: String) throws {
        var isDirectory: ObjCBool = false
        if FileManager.default.fileExists(atPath: directory, isDirectory: &isDirectory) {
            guard isDirectory.boolValue else { throw CreationError(path: directory, code: ENOTDIR) }
            return
        }
        let parent = (directory as NSString).deletingLastPathComponent
        if !parent.isEmpty && parent != directory { try makeDirectories(parent) }
        if mkdir(directory, 0o700) != 0 && errno != EEXIST {
            throw CreationError(path: directory, code: errno)
        }
    }
}
