import ArgumentParser
import Dashboard
import Foundation
import Terminal

/// `kehoach dev terminal-check`: proves the curses edge in a real terminal. Draws a box, Vietnamese, CJK,
/// a control character from data, the last key decoded and the size; redraws on resize; `q` quits (exit 0),
/// Ctrl-C quits with 130.
struct DevTerminalCheck: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "terminal-check",
        abstract: HelpText.text(.devTerminalCheckAbstract),
        shouldDisplay: false
    )

    @Flag(help: HelpText.option(.devTerminalCheckAscii))
    var ascii = false

    @Flag(name: .customLong("no-color"), help: HelpText.option(.devTerminalCheckNoColor))
    var noColor = false

    func run() throws {
        let terminal = CursesTerminal(options: .init(colors: noColor ? false : nil, asciiOnly: ascii))
        do {
            try terminal.start()
        } catch {
            FileHandle.standardError.write(Data((error.description + "\n").utf8))
            throw ExitCode(1)
        }
        defer {
            terminal.stop()
            if let notice = terminal.notice { FileHandle.standardError.write(Data((notice + "\n").utf8)) }
        }
        var lastKey = "none"
        var keyCount = 0
        let pid = ProcessInfo.processInfo.processIdentifier
        while true {
            let (width, height) = terminal.size
            terminal.present(Self.render(width: width, height: height, lastKey: lastKey, keyCount: keyCount, pid: pid,
                                            terminal: terminal))
            switch terminal.nextKey(timeoutMilliseconds: 250) {
            case nil, .resize?: continue
            case .char("q")?: return
            case .ctrl("c")?: throw ExitCode(130)
            case let key?:
                lastKey = Self.describe(key)
                keyCount += 1
            }
        }
    }

    /// "up", "pageDown", "char(ế)", "ctrl(r)", "F5".
    static func describe(_ key: Key) -> String {
        switch key {
        case .char(let c): return "char(\(c))"
        case .ctrl(let c): return "ctrl(\(c))"
        case .function(let n): return "F\(n)"
        default: return "\(key)"
        }
    }

    static func render(width: Int, height: Int, lastKey: String, keyCount: Int, pid: Int32,
                       terminal: CursesTerminal) -> Screen {
        var screen = Screen(width: width, height: height)
        guard width >= 2, height >= 2 else { return screen }
        let border = Style(.border)
        screen.put("┌", x: 0, y: 0, style: border)
        screen.put("┐", x: width - 1, y: 0, style: border)
        screen.put("└", x: 0, y: height - 1, style: border)
        screen.put("┘", x: width - 1, y: height - 1, style: border)
        for x in 1..<(width - 1) {
            screen.put("─", x: x, y: 0, style: border)
            screen.put("─", x: x, y: height - 1, style: border)
        }
        for y in 1..<(height - 1) {
            screen.put("│", x: 0, y: y, style: border)
            screen.put("│", x: width - 1, y: y, style: border)
        }
        screen.put(" kehoach terminal check ", x: 2, y: 0, width: width - 4, style: Style(.title))
        let caps = terminal.capabilities
        var lines: [(String, Style)] = [
            ("Sở Kế hoạch và Đầu tư", .normal),
            ("中文 wide", .normal),
            ("data: \u{1B}[31mred\u{1B}[0m", .normal),
            ("key: \(lastKey) (keys: \(keyCount))", Style(.accent)),
            ("size: \(width)x\(height)", .normal),
            ("pid: \(pid)", Style(.dim)),
            ("locale: \(terminal.locale) unicode: \(caps.unicode ? "yes" : "no") colors: \(caps.colors ? "yes" : "no")", .normal),
            ("selected row: Sở Tài chính", Style(.normal, selected: true)),
        ]
        let standings: [(String, StyleRole)] = [
            ("done", .doneOnTime), ("late", .doneLate), ("in-progress", .inProgress), ("due-soon", .dueSoon),
            ("overdue", .overdue), ("not-started", .notStarted), ("continuous", .continuous), ("suspended", .suspended),
        ]
        lines.append(("q quits · Ctrl-C quits with 130", Style(.footer)))
        var y = 1
        for (text, style) in lines where y < height - 1 {
            screen.put(text, x: 2, y: y, width: width - 4, style: style)
            y += 1
        }
        if y < height - 1 {
            var x = 2
            for (word, role) in standings where x < width - 2 {
                x += screen.put(word, x: x, y: y, width: width - 2 - x, style: Style(role)) + 1
            }
        }
        return screen
    }
}
