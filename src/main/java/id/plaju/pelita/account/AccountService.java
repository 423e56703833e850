package id.plaju.pelita.account;

import id.plaju.pelita.security.Roles;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Administration of sign-in accounts. */
@Service
@Transactional(readOnly = true)
@PreAuthorize(Roles.IS_ADMIN)
public class AccountService {

    private final UserAccountRepository accounts;

    AccountService(UserAccountRepository accounts) {
        this.accounts = accounts;
    }

    /** One page of accounts, for a lazy grid. */
    public Page<AccountSummary> page(Pageable pageable) {
        return accounts.findAll(pageable).map(AccountSummary::of);
    }

    public long count() {
        return accounts.count();
    }
}
