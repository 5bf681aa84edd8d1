import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import ZIPFoundation

/// A ZIP package (a .docx) read in memory, with the limits that keep a hostile file harmless: entry
/// names that are absolute or climb out with `..` are refused, and the sizes the central directory
/// declares are checked (total and per-entry ratio) BEFORE anything is inflated, then enforced again
/// while inflating, since a header can lie.
///
/// The archive is read from a private temporary file, not from memory: ZIPFoundation's in-memory reader
/// traps (a range with its bounds reversed) when a damaged directory points past the end of the data, which
/// the fuzzer found; reading a file past its end is only a short read, which ZIPFoundation reports as an error.
struct ZipPackage {
    static let totalUncompressedLimit: UInt64 = 256_000_000
    /// Office XML compresses ten to thirty times; a bomb a thousand times and more.
    static let ratioLimit: UInt64 = 200
    /// Below this an entry's ratio does not matter (a tiny, very repetitive part is normal).
    static let ratioFloor: UInt64 = 1_000_000

    private let archive: Archive
    let entryNames: [String]

    init(data: Data) throws {
        guard let archive = Self.openArchive(data) else { throw FormatError.corruptZip }
        self.archive = archive
        var names: [String] = []
        var total: UInt64 = 0
        for entry in archive {
            let path = entry.path
            if Self.isUnsafe(path) { throw FormatError.unsafeEntryPath(path) }
            total += entry.uncompressedSize
            if total > Self.totalUncompressedLimit {
                throw FormatError.zipBomb(uncompressed: total, limit: Self.totalUncompressedLimit)
            }
            if entry.uncompressedSize > Self.ratioFloor,
               entry.uncompressedSize / max(entry.compressedSize, 1) > Self.ratioLimit {
                throw FormatError.zipBomb(uncompressed: entry.uncompressedSize, limit: Self.totalUncompressedLimit)
            }
            names.append(path)
        }
        if names.isEmpty { throw FormatError.corruptZip }
        entryNames = names
    }

    /// The bytes in a file only this process can open (0600, unlinked once open: nothing is left behind).
    private static func openArchive(_ data: Data) -> Archive? {
        var template = Array((NSTemporaryDirectory() + "/kehoach-zip-XXXXXX").utf8CString)
        let fd = mkstemp(&template)
        guard fd >= 0 else { return nil }
        let path = String(cString: template)
        defer { unlink(path) }
        let written = data.withUnsafeBytes { buffer -> Bool in
            var offset = 0
            while offset < buffer.count {
                let result = write(fd, buffer.baseAddress! + offset, buffer.count - offset)
                if result < 0 && errno == EINTR { continue }
                if result <= 0 { return false }
                offset += result
            }
            return true
        }
        guard close(fd) == 0, written else { return nil }
        return try? Archive(url: URL(fileURLWithPath: path), accessMode: .read)
    }

    /// An absolute path, a drive letter, or a `..` component anywhere.
    static func isUnsafe(_ path: String) -> Bool {
        if path.hasPrefix("/") || path.hasPrefix("\\") { return true }
        if path.count >= 2, path.dropFirst().first == ":" { return true }
        return path.split(whereSeparator: { $0 == "/" || $0 == "\\" }).contains("..")
    }

    /// One entry's bytes, or nil when the package has no such entry. Inflating stops as soon as it
    /// passes what the directory declared (or the total limit).
    func read(_ path: String) throws -> Data? {
        guard let entry = archive[path] else { return nil }
        let declared = entry.uncompressedSize
        var out = Data()
        out.reserveCapacity(Int(min(declared, Self.totalUncompressedLimit)))
        do {
            _ = try archive.extract(entry, skipCRC32: false) { chunk in
                if UInt64(out.count + chunk.count) > min(declared, Self.totalUncompressedLimit) {
                    throw FormatError.zipBomb(uncompressed: UInt64(out.count + chunk.count),
                                              limit: Self.totalUncompressedLimit)
                }
                out.append(chunk)
            }
        } catch let error as FormatError {
            throw error
        } catch {
            throw FormatError.corruptZip
        }
        return out
    }

    /// The entry names of a ZIP held in memory, for detection; a damaged one is an error.
    static func entryNames(of data: Data) throws -> [String] {
        try ZipPackage(data: data).entryNames
    }
}
