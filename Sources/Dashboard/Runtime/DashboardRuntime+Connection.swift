import Foundation
import PlanStore

/// A shared store's server can go away (restarted, the network dropped). Its change token then throws:
/// the status bar says "offline" on every poll until the token answers again, edits are refused
/// meanwhile (never queued), and on the way back the token has moved, so the plan is reloaded.
extension DashboardRuntime {
    /// The store's change token, or nil while it cannot be read (and the offline mark is up).
    func connectionToken() -> Int64? {
        do {
            let token = try store.changeToken()
            if isOffline {
                isOffline = false
                state.message = StatusMessage(.storeBackOnline)
                needsDraw = true
            }
            return token
        } catch {
            // Said again on every poll: another message must not hide that edits are refused.
            let offline = StatusMessage(.storeOffline, isError: true)
            if !isOffline || state.message != offline {
                isOffline = true
                state.message = offline
                needsDraw = true
            }
            return nil
        }
    }
}
