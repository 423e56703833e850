package id.plaju.pelita.account;

/** A password shown once to the admin, to hand over; the user must change it at sign-in. */
public record TemporaryPassword(String username, String password) {
}
