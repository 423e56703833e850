package id.plaju.pelita.base;

import java.util.Arrays;

/**
 * A refusal the user can act on: carries a translation key and its arguments, so the view shows
 * the message in the user's language (on the field or in a notification), never a stack trace.
 */
public class UserFacingException extends RuntimeException {

    private final String translationKey;
    private final transient Object[] arguments;

    public UserFacingException(String translationKey, Object... arguments) {
        super(translationKey + Arrays.toString(arguments));
        this.translationKey = translationKey;
        this.arguments = arguments.clone();
    }

    public String getTranslationKey() {
        return translationKey;
    }

    public Object[] getArguments() {
        return arguments.clone();
    }
}
