import Wording
import ArgumentParser
import PlanKit

/// Prints where the bundled files are found: proves the installed binary finds its assets from anywhere.
struct AssetsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "assets",
        abstract: HelpText.text(.assetsAbstract),
        discussion: HelpText.examples("  kehoach dev assets")
    )

    func run() throws {
        do {
            print(try BundledAssets.path("agencies.yaml"))
            for file in try BundledAssets.planFiles() { print(file) }
        } catch {
            throw CommandSupport.Failure(message: String(describing: error), code: 1)
        }
    }
}
