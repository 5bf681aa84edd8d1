import Foundation
// swift-crypto is already in the package graph (postgres-nio's); its SHA-256 is BoringSSL's, which uses the
// CPU's SHA instructions where there are some: a 60 MB plan text is hashed some ten times faster than by
// a digest written in Swift.
internal import Crypto

/// SHA-256 (FIPS 180-4), for the digest of a plan's source text; Foundation on Linux has no CryptoKit.
public enum SHA256 {
    public static func hex<S: StringProtocol>(of text: S) -> String {
        var text = String(text)
        text.makeContiguousUTF8()
        return text.utf8.withContiguousStorageIfAvailable { hex(ofBytes: UnsafeRawBufferPointer($0)) } ?? hex(of: Array(text.utf8))
    }

    public static func hex(of bytes: [UInt8]) -> String { bytes.withUnsafeBytes(hex(ofBytes:)) }

    public static func hex(of data: Data) -> String { data.withUnsafeBytes(hex(ofBytes:)) }

    static func hex(ofBytes bytes: UnsafeRawBufferPointer) -> String {
        digest(bytes).map { byte in
            let s = String(byte, radix: 16)
            return byte < 16 ? "0" + s : s
        }.joined()
    }

    public static func digest(_ message: [UInt8]) -> [UInt8] { message.withUnsafeBytes(digest) }

    /// The message is read in place: a 60 MB plan text is not copied to be hashed.
    static func digest(_ message: UnsafeRawBufferPointer) -> [UInt8] {
        var hasher = Crypto.SHA256()
        hasher.update(bufferPointer: message)
        return Array(hasher.finalize())
    }
}
