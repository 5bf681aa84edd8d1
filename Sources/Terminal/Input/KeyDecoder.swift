import CNcursesw
import Dashboard
import Foundation

/// Turns what `wget_wch` returns into the dashboard's keys. Pure: no curses state is read.
public enum KeyDecoder {
    /// A key code (`isFunctionKey`, wget_wch returned KEY_CODE_YES) or a character (wget_wch returned OK).
    /// Nil for codes the dashboard has no use for.
    public static func decode(_ code: UInt32, isFunctionKey: Bool) -> Key? {
        isFunctionKey ? functionKey(Int32(truncatingIfNeeded: code)) : character(code)
    }

    /// Characters: Enter, Tab, Esc, Backspace and Ctrl-letters are control codes; anything printable is text.
    /// Ctrl-H, Ctrl-I, Ctrl-J, Ctrl-M and Ctrl-[ cannot be told from Backspace, Tab, Enter and Esc.
    static func character(_ code: UInt32) -> Key? {
        switch code {
        case 10, 13: return .enter
        case 9: return .tab
        case 27: return .escape
        case 8, 127: return .backspace
        case 1...26: return .ctrl(Character(Unicode.Scalar(UInt8(code) + 0x60)))
        case 0, 28...31, 0x80...0x9F: return nil
        default:
            guard let scalar = Unicode.Scalar(code) else { return nil }
            return .char(Character(scalar))
        }
    }

    static func functionKey(_ code: Int32) -> Key? {
        let firstF = kh_key_f(1)
        if code >= firstF && code < firstF + 63 { return .function(Int(code - firstF + 1)) }
        switch code {
        case KEY_UP, KEY_SR: return .up
        case KEY_DOWN, KEY_SF: return .down
        case KEY_LEFT, KEY_SLEFT: return .left
        case KEY_RIGHT, KEY_SRIGHT: return .right
        // The keypad's corners (KEY_A1…) and the Find/Select keys some terminfo entries give Home/End.
        case KEY_HOME, KEY_SHOME, KEY_A1, KEY_FIND: return .home
        case KEY_END, KEY_SEND, KEY_C1, KEY_SELECT: return .end
        case KEY_PPAGE, KEY_SPREVIOUS, KEY_A3: return .pageUp
        case KEY_NPAGE, KEY_SNEXT, KEY_C3: return .pageDown
        case KEY_BACKSPACE: return .backspace
        case KEY_DC, KEY_SDC: return .delete
        case KEY_BTAB: return .backTab
        case KEY_ENTER: return .enter
        case KEY_RESIZE: return .resize
        default: return nil
        }
    }

    /// Keys past KEY_MAX are terminfo's extended names, numbered at run time: "kUP5" is Ctrl-Up on xterm.
    /// The modifier is dropped; the movement stays.
    public static func extendedKey(named name: String) -> Key? {
        let bases: [(String, Key)] = [
            ("kUP", .up), ("kDN", .down), ("kLFT", .left), ("kRIT", .right), ("kHOM", .home),
            ("kEND", .end), ("kPRV", .pageUp), ("kNXT", .pageDown), ("kDC", .delete),
        ]
        for (prefix, key) in bases where name.hasPrefix(prefix) {
            let rest = name.dropFirst(prefix.count)
            if rest.allSatisfy({ $0.isASCII && $0.isNumber }) { return key }
        }
        return nil
    }

    /// The last byte of a CSI escape sequence ("~" in ESC [ 1 ~, "A" in ESC [ 1 ; 5 A).
    public static func isSequenceFinal(_ code: UInt32) -> Bool {
        (0x40...0x7E).contains(code)
    }

    /// True for a combining mark that an input method may send after its base letter (e + U+0301).
    public static func isCombiningMark(_ code: UInt32) -> Bool {
        guard code >= 0x300, let scalar = Unicode.Scalar(code) else { return false }
        switch scalar.properties.generalCategory {
        case .nonspacingMark, .spacingMark, .enclosingMark: return true
        default: return false
        }
    }

    /// A letter and the marks that followed it, composed into one character (NFC): "e" + U+0302 + U+0301 is "ế".
    public static func compose(_ base: Character, marks: [Unicode.Scalar]) -> Character {
        guard !marks.isEmpty else { return base }
        var text = String(base)
        text.unicodeScalars.append(contentsOf: marks)
        let composed = text.precomposedStringWithCanonicalMapping
        return composed.first ?? base
    }
}

/// Bracketed paste: after ESC [ 200 ~ the terminal sends the pasted text, then ESC [ 201 ~. The collector
/// takes the codes that follow the start marker and knows when the end marker has arrived, so a paste
/// becomes one `.paste` key: text for an editor, never keys to run.
public struct PasteCollector: Sendable {
    /// More than a note could ever need; the rest of a larger paste is dropped.
    public static let maxScalars = 1 << 20
    static let endMarker: [UInt32] = [0x1B, 0x5B, 0x32, 0x30, 0x31, 0x7E]  // ESC [ 2 0 1 ~

    private var scalars: [UInt32] = []
    public private(set) var isComplete = false

    public init() {}

    /// The parameters and final byte of a CSI sequence that start a paste ("200~").
    public static func isStart(_ sequence: [UInt32]) -> Bool { sequence == [0x32, 0x30, 0x30, 0x7E] }

    public mutating func feed(_ code: UInt32) {
        guard !isComplete else { return }
        scalars.append(code)
        if scalars.count >= 6, Array(scalars.suffix(6)) == PasteCollector.endMarker {
            scalars.removeLast(6)
            isComplete = true
        } else if scalars.count > PasteCollector.maxScalars + 6 {
            scalars.removeFirst()  // keeps looking for the end marker without growing
        }
    }

    /// The pasted text: CR LF and CR are line breaks; other control characters are left to the editor.
    public var text: String {
        var out = String.UnicodeScalarView()
        var previousCR = false
        for code in scalars.prefix(PasteCollector.maxScalars) {
            guard let scalar = Unicode.Scalar(code) else { continue }
            if code == 13 {
                out.append("\n")
                previousCR = true
                continue
            }
            if code == 10 && previousCR {
                previousCR = false
                continue
            }
            previousCR = false
            out.append(scalar)
        }
        return String(out).precomposedStringWithCanonicalMapping
    }
}
