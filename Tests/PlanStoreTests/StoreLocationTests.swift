import Testing
@testable import PlanStore

@Suite struct StoreLocationTests {
    let home = "/home/lan"

    @Test func optionWinsOverEverything() {
        let location = StoreLocation.resolve(option: "/tmp/a.sqlite",
                                             environment: ["KEHOACH_DB": "/tmp/b.sqlite", "XDG_DATA_HOME": "/x"],
                                             homeDirectory: home)
        #expect(location == StoreLocation(path: "/tmp/a.sqlite", source: .option))
    }

    @Test func environmentVariableBeforeXDG() {
        let location = StoreLocation.resolve(option: nil, environment: ["KEHOACH_DB": "~/k.sqlite", "XDG_DATA_HOME": "/x"],
                                             homeDirectory: home)
        #expect(location == StoreLocation(path: "/home/lan/k.sqlite", source: .environment))
    }

    @Test func xdgDataHome() {
        let location = StoreLocation.resolve(option: nil, environment: ["XDG_DATA_HOME": "/data/"], homeDirectory: home)
        #expect(location == StoreLocation(path: "/data/kehoach/kehoach.sqlite", source: .xdgDataHome))
    }

    @Test func homeWhenNothingIsSet() {
        let location = StoreLocation.resolve(option: nil, environment: [:], homeDirectory: home)
        #expect(location == StoreLocation(path: "/home/lan/.local/share/kehoach/kehoach.sqlite", source: .home))
    }

    @Test func emptyValuesAndRelativeXDGAreIgnored() {
        let location = StoreLocation.resolve(option: " ", environment: ["KEHOACH_DB": "", "XDG_DATA_HOME": "rel/dir"],
                                             homeDirectory: home)
        #expect(location.source == .home)
    }
}
