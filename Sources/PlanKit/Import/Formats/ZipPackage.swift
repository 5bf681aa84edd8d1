import Foundation
import ZIPFoundation

/// A ZIP package (a .docx) read in memory, with the limits that keep a hostile file harmless: entry
/// names that are absolute or climb out with `..` are refused, and the sizes the central directory
/// declares are checked (total and per-entry ratio) BEFORE anything is inflated, then enforced again
/// while inflating, since a header can lie.
struct ZipPackage {
    static let totalUncompressedLimit: UInt64 = 256_000_000
    /// Office XML compresses ten to thirty times; a bomb a thousand times and more.
    static let ratioLimit: UInt64 = 200
    /// Below this an entry's ratio does not matter (a tiny, very repetitive part is normal).
    static let ratioFloor: UInt64 = 1_000_000

    private let archive: Archive
    let entryNames: [String]

    init(data: Data) throws {
        guard let archive = try? Archive(data: data, accessMode: .read) else { throw FormatError.corruptZip }
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
