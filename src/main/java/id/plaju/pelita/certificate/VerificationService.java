package id.plaju.pelita.certificate;

import java.time.Clock;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The public side of a certificate: anyone with its code — from the QR code or typed from the paper
 * — learns the name, the programme, the dates, the JP and whether it is valid; nothing else (no NIP,
 * no unit). An unknown, tampered or malformed code gets one plain "not found". Each address may ask
 * {@code pelita.certificate.verifications-per-minute} times a minute; 100-bit codes make guessing
 * hopeless anyway, the limit keeps the page from being used to try.
 */
@Service
@Transactional(readOnly = true)
@PreAuthorize("permitAll()")
public class VerificationService {

    private final JdbcClient jdbc;
    private final RateLimiter limiter;

    VerificationService(JdbcClient jdbc, CertificateProperties properties, Clock clock) {
        this.jdbc = jdbc;
        this.limiter = new RateLimiter(properties.verificationsPerMinute(), clock);
    }

    public Verification verify(String typed, String clientAddress) {
        if (!limiter.allow(clientAddress)) {
            return new Verification.TooMany();
        }
        Optional<String> code = CertificateCode.normalize(typed);
        if (code.isEmpty()) {
            return new Verification.NotFound();
        }
        return jdbc.sql(CertificateService.SELECT + " where c.code = ?").param(code.get())
                .query(CertificateService::certificate).optional()
                .<Verification>map(c -> new Verification.Found(c.fullName(), c.programme(), c.startsAt().toLocalDate(),
                        c.endsAt().toLocalDate(), c.jp(), c.valid(), c.revoked()))
                .orElse(new Verification.NotFound());
    }
}
