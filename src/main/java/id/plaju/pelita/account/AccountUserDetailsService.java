package id.plaju.pelita.account;

import id.plaju.pelita.security.PelitaUser;
import java.time.Clock;
import java.time.Instant;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Spring Security reads accounts from the {@code user_account} table through this service. */
@Service
class AccountUserDetailsService implements UserDetailsService {

    private final UserAccountRepository accounts;
    private final Clock clock;

    AccountUserDetailsService(UserAccountRepository accounts, Clock clock) {
        this.accounts = accounts;
        this.clock = clock;
    }

    @Override
    @Transactional(readOnly = true)
    public UserDetails loadUserByUsername(String username) {
        UserAccount account = accounts.findByUsername(username.strip())
                .orElseThrow(() -> new UsernameNotFoundException("No such account"));
        return new PelitaUser(account.getUsername(), account.getPasswordHash(), account.isEnabled(),
                !account.isLockedAt(Instant.now(clock)),
                account.getRoles().stream().map(role -> new SimpleGrantedAuthority("ROLE_" + role)).toList(),
                account.getEmployeeId(), account.getHeadedUnitIds(), account.isMustChangePassword(),
                account.getSecurityStamp());
    }
}
