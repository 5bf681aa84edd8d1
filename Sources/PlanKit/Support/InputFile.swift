import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Reads a file the user names, looking before reading: the kind and the size come from fstat(2) on the
/// opened descriptor (no race between the look and the read), so a directory, a FIFO or a device is
/// refused by its kind before a byte is read, and a file over the limit by its size, before more than its
/// first `headLength` bytes (which may choose the limit) are read. O_NONBLOCK keeps
/// the open of a FIFO with no writer from hanging.
public enum InputFile {
    /// Plan texts, exports and documents are far below this; a larger file is not a plan.
    public static let defaultLimit = 32_000_000

    public enum Kind: String, Sendable, Equatable {
        case directory, fifo, characterDevice, blockDevice, socket, other
    }

    public enum ReadError: Error, Equatable, Sendable, CustomStringConvertible {
        case notFound(path: String)
        case notRegular(path: String, kind: Kind)
        case tooLarge(path: String, bytes: Int, limit: Int)
        /// `code` is the errno of the call that failed.
        case failed(path: String, code: Int32)

        /// The file the error is about.
        public var path: String {
            switch self {
            case .notFound(let path), .notRegular(let path, _), .tooLarge(let path, _, _), .failed(let path, _): return path
            }
        }

        public var description: String {
            switch self {
            case .notFound(let path): return "\(path): no such file"
            case .notRegular(let path, let kind): return "\(path): not a regular file (\(kind.rawValue))"
            case .tooLarge(let path, let bytes, let limit): return "\(path): \(bytes) bytes, more than the limit of \(limit)"
            case .failed(let path, let code): return "\(path): \(String(cString: strerror(code)))"
            }
        }
    }

    public static func read(_ path: String, limit: Int = defaultLimit) throws -> Data {
        try read(path, limit: { _ in limit }, reader: systemRead)
    }

    /// How many bytes a file may have, told by its first `headLength` bytes (what the file says it is:
    /// a PDF or a Word package may be smaller than a plan text).
    public static let headLength = 16

    public static func read(_ path: String, limitByHead limit: ([UInt8]) -> Int) throws -> Data {
        try read(path, limit: limit, reader: systemRead)
    }

    /// `reader` is read(2), or a test's counting stand-in for it: it shows what was read, not how long it took.
    static func read(_ path: String, limit: Int, reader: (Int32, UnsafeMutableRawPointer, Int) -> Int) throws -> Data {
        try read(path, limit: { _ in limit }, reader: reader)
    }

    static func read(_ path: String, limit limitByHead: ([UInt8]) -> Int,
                     reader: (Int32, UnsafeMutableRawPointer, Int) -> Int) throws -> Data {
        let fd = open(path, O_RDONLY | O_NONBLOCK | O_CLOEXEC)
        guard fd >= 0 else {
            if errno == ENOENT { throw ReadError.notFound(path: path) }
            throw ReadError.failed(path: path, code: errno)
        }
        defer { close(fd) }
        var status = stat()
        guard fstat(fd, &status) == 0 else { throw ReadError.failed(path: path, code: errno) }
        if let kind = kind(of: status.st_mode) { throw ReadError.notRegular(path: path, kind: kind) }
        let size = Int(status.st_size)
        var head = [UInt8](repeating: 0, count: headLength)
        let headCount = head.withUnsafeMutableBytes { pread(fd, $0.baseAddress!, headLength, 0) }
        guard headCount >= 0 else { throw ReadError.failed(path: path, code: errno) }
        let limit = limitByHead(Array(head.prefix(headCount)))
        if size > limit { throw ReadError.tooLarge(path: path, bytes: size, limit: limit) }
        // Read to the end rather than `size` bytes: a file can grow after fstat; it still may not pass the limit.
        var data = Data(count: size + 1)
        var count = 0
        while true {
            if count == data.count {
                guard count <= limit else { throw ReadError.tooLarge(path: path, bytes: count, limit: limit) }
                data.count = min(limit + 1, count * 2 + 4096)
            }
            let room = data.count - count
            let result = data.withUnsafeMutableBytes { buffer in
                reader(fd, buffer.baseAddress! + count, room)
            }
            if result < 0 {
                if errno == EINTR { continue }
                throw ReadError.failed(path: path, code: errno)
            }
            if result == 0 { break }
            count += result
        }
        if count > limit { throw ReadError.tooLarge(path: path, bytes: count, limit: limit) }
        data.count = count
        return data
    }

    /// nil for a regular file, else what it is.
    static func kind(of mode: mode_t) -> Kind? {
        switch mode & S_IFMT {
        case S_IFREG: return nil
        case S_IFDIR: return .directory
        case S_IFIFO: return .fifo
        case S_IFCHR: return .characterDevice
        case S_IFBLK: return .blockDevice
        case S_IFSOCK: return .socket
        default: return .other
        }
    }
}

/// The C library's read(2), named apart from `InputFile.read`.
private func systemRead(_ fd: Int32, _ buffer: UnsafeMutableRawPointer, _ count: Int) -> Int {
    read(fd, buffer, count)
}
