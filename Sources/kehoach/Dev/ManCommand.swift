import Wording
import ArgumentParser

/// `kehoach dev man`: the manual page, rendered from the same command definitions as `--help`.
/// ArgumentParser's generate-manual plugin runs offline too, but it drops every non-ASCII letter
/// ("kế hoạch" becomes "k hoch") and lists the hidden developer commands; this keeps both right.
struct ManCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "man",
        abstract: HelpText.text(.manAbstract),
        discussion: HelpText.examples("""
          kehoach dev man > kehoach.1 && man ./kehoach.1
          kehoach dev man -o /usr/local/share/man/man1/kehoach.1
        """)
    )

    @OptionGroup var output: OutputOptions

    func run() throws {
        try output.write(ManualPage.render(root: Kehoach.self), language: HelpLanguage.current)
    }
}
