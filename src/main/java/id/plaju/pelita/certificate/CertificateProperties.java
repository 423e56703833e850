package id.plaju.pelita.certificate;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * What an e-certificate says beyond the training itself, and where its QR code points.
 *
 * @param publicUrl             the portal's address as a phone outside the office reaches it; the QR code opens
 *                              {@code publicUrl + "/verifikasi/" + code}
 * @param issuer                the issuing government, printed at the head of the certificate (one line each
 *                              side of a "|")
 * @param organizer             the organiser named where a programme names none
 * @param place                 where the certificate is signed
 * @param signatoryTitle        the signatory's office, e.g. "Camat Plaju"
 * @param signatoryName         the signatory's name (empty: a dotted line to sign on paper)
 * @param signatoryNip          the signatory's NIP (empty: left out)
 * @param verificationsPerMinute how many verification look-ups one address may make per minute
 */
@ConfigurationProperties("pelita.certificate")
public record CertificateProperties(
        @DefaultValue("http://localhost:8080") String publicUrl,
        @DefaultValue("PEMERINTAH KOTA PALEMBANG|KECAMATAN PLAJU") String issuer,
        @DefaultValue("Kecamatan Plaju") String organizer,
        @DefaultValue("Plaju") String place,
        @DefaultValue("Camat Plaju") String signatoryTitle,
        @DefaultValue("") String signatoryName,
        @DefaultValue("") String signatoryNip,
        @DefaultValue("20") int verificationsPerMinute) {

    public CertificateProperties {
        if (!publicUrl.startsWith("http://") && !publicUrl.startsWith("https://")) {
            throw new IllegalStateException("pelita.certificate.public-url must start with http:// or https:// (configured: "
                    + publicUrl + ")");
        }
        if (verificationsPerMinute < 1) {
            throw new IllegalStateException("pelita.certificate.verifications-per-minute must be at least 1 (configured: "
                    + verificationsPerMinute + ")");
        }
        publicUrl = publicUrl.replaceAll("/+$", "");
    }

    /** The address the QR code of a certificate opens. */
    public String verificationUrl(String code) {
        return publicUrl + "/verifikasi/" + code;
    }
}
