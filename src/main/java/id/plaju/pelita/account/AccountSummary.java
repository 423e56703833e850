package id.plaju.pelita.account;

import java.util.Set;

/** A row of the account list. */
public record AccountSummary(long id, String username, String displayName, Set<String> roles, boolean enabled) {

    static AccountSummary of(UserAccount account) {
        return new AccountSummary(account.getId(), account.getUsername(), account.getDisplayName(),
                account.getRoles(), account.isEnabled());
    }
}
