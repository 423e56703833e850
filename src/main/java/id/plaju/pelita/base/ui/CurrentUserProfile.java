package id.plaju.pelita.base.ui;

import java.util.Locale;
import java.util.Optional;

/**
 * What the main layout needs to know about the signed-in user. Implemented by the account
 * feature, so that the shared layout does not depend on it.
 */
public interface CurrentUserProfile {

    /** Display name of the signed-in user, or empty when nobody is signed in. */
    Optional<String> displayName();

    /** The language the signed-in user chose, if any. */
    Optional<Locale> preferredLocale();

    /** Remembers the signed-in user's language for the next sign-in. */
    void savePreferredLocale(Locale locale);
}
