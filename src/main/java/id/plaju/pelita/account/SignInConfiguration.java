package id.plaju.pelita.account;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;

/** The one authentication provider of the portal: the password check behind the lockout count. */
@Configuration
class SignInConfiguration {

    @Bean
    AuthenticationProvider authenticationProvider(UserDetailsService accounts, PasswordEncoder passwordEncoder,
            LoginAttempts attempts) {
        DaoAuthenticationProvider passwords = new DaoAuthenticationProvider(accounts);
        passwords.setPasswordEncoder(passwordEncoder);
        // the lock is LoginAttempts' to decide, before the check: the attempt that reaches the limit
        // sets it and is still checked itself (a correct password then lifts it again)
        passwords.setPreAuthenticationChecks(user -> {
            if (!user.isEnabled()) {
                throw new DisabledException("Account is disabled");
            }
        });
        return new LockoutAuthenticationProvider(passwords, attempts);
    }
}
