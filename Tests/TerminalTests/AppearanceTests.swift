import Dashboard
import Testing
@testable import Terminal

@Suite struct AppearanceTests {
    @Test func standingsHaveTheirColours() {
        let expected: [(StyleRole, TerminalColor)] = [
            (.doneOnTime, .green), (.doneLate, .cyan), (.inProgress, .blue), (.dueSoon, .yellow),
            (.overdue, .red), (.notStarted, .terminalDefault), (.continuous, .magenta), (.suspended, .terminalDefault),
        ]
        for (role, color) in expected {
            #expect(Appearance.of(Style(role), colors: true).foreground == color, "\(role)")
        }
        #expect(Appearance.of(Style(.overdue), colors: true).attributes.contains(.bold))
        #expect(Appearance.of(Style(.notStarted), colors: true).attributes == .dim)
        #expect(Appearance.of(Style(.suspended), colors: true).attributes == .dim)
    }

    @Test func everyStandingLooksDifferentInColour() {
        let standings: [StyleRole] = [.doneOnTime, .doneLate, .inProgress, .dueSoon, .overdue, .notStarted, .continuous]
        let looks = Set(standings.map { Appearance.of(Style($0), colors: true) })
        #expect(looks.count == standings.count)
    }

    @Test func selectedRowHasABackgroundNeverBoldAlone() {
        for role in StyleRole.allCases {
            let look = Appearance.of(Style(role, selected: true), colors: true)
            #expect(look.background == Appearance.selectionBackground, "\(role)")
            #expect(look.foreground != look.background, "\(role) text vanishes into the selection")
            #expect(look.foreground != .black, "\(role) is black on blue")
            #expect(!look.attributes.contains(.dim), "\(role) is dim on the selection")
        }
    }

    @Test func selectedMatchKeepsAnUnderline() {
        let look = Appearance.of(Style(.match, selected: true), colors: true)
        #expect(look.attributes.contains(.underline))
    }

    @Test func withoutColoursSelectionIsReverseVideo() {
        for role in StyleRole.allCases {
            let look = Appearance.of(Style(role, selected: true), colors: false)
            #expect(look.attributes.contains(.reverse), "\(role)")
            #expect(look.foreground == .terminalDefault && look.background == .terminalDefault)
        }
    }

    @Test func withoutColoursRolesBecomeAttributes() {
        func attrs(_ role: StyleRole) -> TextAttributes { Appearance.of(Style(role), colors: false).attributes }
        #expect(attrs(.header) == .bold)
        #expect(attrs(.title) == .bold)
        #expect(attrs(.dim) == .dim)
        #expect(attrs(.overdue) == [.bold, .underline])
        #expect(attrs(.warning) == .bold)
        #expect(attrs(.error) == .bold)
        #expect(attrs(.match) == .underline)
        #expect(attrs(.statusBar) == .reverse)
        #expect(attrs(.normal) == [])
        for role in StyleRole.allCases {
            let look = Appearance.of(Style(role), colors: false)
            #expect(look.foreground == .terminalDefault && look.background == .terminalDefault, "\(role) has a colour")
        }
    }

    @Test func statusBarStandsOutInColour() {
        let look = Appearance.of(Style(.statusBar), colors: true)
        #expect(look.background != .terminalDefault || look.attributes.contains(.reverse))
    }

    @Test func boldAndUnderlineFlagsAdd() {
        let look = Appearance.of(Style(.normal, bold: true, underline: true), colors: true)
        #expect(look.attributes == [.bold, .underline])
        let mono = Appearance.of(Style(.dim, bold: true), colors: false)
        #expect(mono.attributes == [.dim, .bold])
    }

    /// On a light background no text is yellow, cyan or white unless it sits on a coloured bar; every role is
    /// chosen for it (not a few colours swapped), and the standings stay apart from each other.
    @Test func lightThemeChoosesEveryRoleForALightBackground() {
        var differsFromDark = 0
        for role in StyleRole.allCases {
            let look = Appearance.of(Style(role), colors: true, theme: .light)
            if look.background == .terminalDefault {
                #expect(![.yellow, .cyan, .white].contains(look.foreground), "\(role) fades on a light background")
            } else {
                #expect(look.foreground != look.background && look.foreground != .terminalDefault, "\(role)")
            }
            if look != Appearance.of(Style(role), colors: true) { differsFromDark += 1 }
            let selected = Appearance.of(Style(role, selected: true), colors: true, theme: .light)
            #expect(selected.background == Appearance.selectionBackground && selected.foreground != .black, "\(role)")
        }
        #expect(differsFromDark >= 10)
        let standings: [StyleRole] = [.doneOnTime, .doneLate, .inProgress, .dueSoon, .overdue, .notStarted, .continuous]
        #expect(Set(standings.map { Appearance.of(Style($0), colors: true, theme: .light) }).count == standings.count)
    }
}
