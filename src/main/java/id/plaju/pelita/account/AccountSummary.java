package id.plaju.pelita.account;

import java.time.Instant;
import java.util.Set;

/** A row of the account list. */
public record AccountSummary(long id, String username, String displayName, Long employeeId, Set<String> roles,
        Set<Long> headedUnitIds, boolean enabled, boolean locked, boolean mustChangePassword) {

    static AccountSummary of(UserAccount account, Instant now) {
        return new AccountSummary(account.getId(), account.getUsername(), account.getDisplayName(),
                account.getEmployeeId(), account.getRoles(), account.getHeadedUnitIds(), account.isEnabled(),
                account.isLockedAt(now), account.isMustChangePassword());
    }
}
