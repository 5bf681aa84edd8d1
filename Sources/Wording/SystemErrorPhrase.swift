/// The reasons of failed system calls a user meets, in kehoach's words (see `SystemErrorText`).
public enum SystemErrorPhrase: PhraseCatalogue, Hashable {
    case noSpace, quotaExceeded, permissionDenied, readOnlyFileSystem, noSuchFile, notADirectory
    case isADirectory, outputClosed, inputOutput, fileTooLarge, nameTooLong, fileExists
    /// Any other errno: its number and the C library's English text.
    case other(code: Int32, text: String)

    public static var everyPhrase: [SystemErrorPhrase] {
        [.noSpace, .quotaExceeded, .permissionDenied, .readOnlyFileSystem, .noSuchFile, .notADirectory,
         .isADirectory, .outputClosed, .inputOutput, .fileTooLarge, .nameTooLong, .fileExists,
         .other(code: 7101, text: "⟨strerror⟩")]
    }
}
