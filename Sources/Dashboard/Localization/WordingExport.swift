// The language type and the shared phrases live in Wording, below the dashboard; every module that
// imports Dashboard sees them as before.
@_exported import Wording
