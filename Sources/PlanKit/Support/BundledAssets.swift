import Foundation

/// Finds the files kehoach ships (the agency directory, the bundled plans) from any working directory.
public enum BundledAssets {
    public enum LocateError: Error, CustomStringConvertible {
        case notFound(file: String, searched: [String])

        public var description: String {
            switch self {
            case .notFound(let file, let searched):
                return "cannot find the bundled file \(file); looked in: \(searched.joined(separator: ", ")). "
                    + "Set KEHOACH_ASSETS to the folder that holds agencies.yaml and plans/."
            }
        }
    }

    /// Folders searched, in order: $KEHOACH_ASSETS; `../share/kehoach` beside the installed binary;
    /// an `Assets` folder in the binary's folder or above it (a build tree); the source tree this was built from.
    public static func searchPaths() -> [String] {
        var paths: [String] = []
        let env = ProcessInfo.processInfo.environment
        if let override = env["KEHOACH_ASSETS"], !override.isEmpty { paths.append(override) }
        let executable = URL(fileURLWithPath: CommandLine.arguments.first ?? "").resolvingSymlinksInPath()
        var dir = executable.deletingLastPathComponent()
        paths.append(dir.deletingLastPathComponent().appendingPathComponent("share/kehoach").path)
        for _ in 0..<5 {
            paths.append(dir.appendingPathComponent("Assets").path)
            dir = dir.deletingLastPathComponent()
        }
        let sourceRoot = URL(fileURLWithPath: #filePath)
            .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        paths.append(sourceRoot.appendingPathComponent("Assets").path)
        return paths
    }

    public static func path(_ file: String) throws -> String {
        let candidates = searchPaths()
        for folder in candidates {
            let path = (folder as NSString).appendingPathComponent(file)
            if FileManager.default.fileExists(atPath: path) { return path }
        }
        throw LocateError.notFound(file: file, searched: candidates)
    }

    /// The published texts of the bundled plans, sorted by file name.
    public static func planFiles() throws -> [String] {
        let folder = (try path("plans") as NSString) as String
        let names = try FileManager.default.contentsOfDirectory(atPath: folder).filter { $0.hasSuffix(".txt") }.sorted()
        return names.map { (folder as NSString).appendingPathComponent($0) }
    }
}
