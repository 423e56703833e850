package id.plaju.pelita.account;

import id.plaju.pelita.base.i18n.PelitaI18NProvider;
import id.plaju.pelita.base.ui.CurrentUserProfile;
import id.plaju.pelita.security.CurrentUser;
import java.util.Locale;
import java.util.Optional;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The signed-in user's own account: name and remembered language. */
@Service
@Transactional(readOnly = true)
class CurrentAccountProfile implements CurrentUserProfile {

    private final UserAccountRepository accounts;

    CurrentAccountProfile(UserAccountRepository accounts) {
        this.accounts = accounts;
    }

    @Override
    public Optional<String> displayName() {
        return current().map(UserAccount::getDisplayName);
    }

    @Override
    public Optional<Locale> preferredLocale() {
        return current().map(UserAccount::getPreferredLocale).map(Locale::forLanguageTag);
    }

    @Override
    @Transactional
    @PreAuthorize("isAuthenticated()")
    public void savePreferredLocale(Locale locale) {
        current().ifPresent(account ->
                account.setPreferredLocale(PelitaI18NProvider.supported(locale).toLanguageTag()));
    }

    private Optional<UserAccount> current() {
        return CurrentUser.username().flatMap(accounts::findByUsername);
    }
}
