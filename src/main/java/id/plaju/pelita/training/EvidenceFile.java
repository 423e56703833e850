package id.plaju.pelita.training;

import id.plaju.pelita.base.UserFacingException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.HexFormat;

/**
 * A file proving a nonklasikal activity: PDF, JPG or PNG up to 2 MB. Its type is read from its first
 * bytes, not from its name or the browser's word, so a renamed executable is refused.
 */
public record EvidenceFile(String fileName, byte[] content) {

    public static final int MAX_BYTES = 2 * 1024 * 1024;
    private static final byte[] PDF = "%PDF-".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};
    private static final byte[] JPEG = {(byte) 0xff, (byte) 0xd8, (byte) 0xff};

    /** The content type the bytes are, or a refusal in the person's words. */
    public String contentType() {
        if (content == null || content.length == 0) {
            throw new UserFacingException("activity.error.file-empty");
        }
        if (content.length > MAX_BYTES) {
            throw new UserFacingException("activity.error.file-size", 2);
        }
        if (startsWith(PDF)) {
            return "application/pdf";
        }
        if (startsWith(PNG)) {
            return "image/png";
        }
        if (startsWith(JPEG)) {
            return "image/jpeg";
        }
        throw new UserFacingException("activity.error.file-type");
    }

    /** The file name as stored: no path, at most 200 characters. */
    public String safeName() {
        String name = fileName == null ? "" : fileName.replaceAll("^.*[/\\\\]", "").replaceAll("[\\p{Cntrl}\"]", "").strip();
        if (name.isEmpty()) {
            name = "bukti";
        }
        return name.length() > 200 ? name.substring(name.length() - 200) : name;
    }

    public String sha256() {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private boolean startsWith(byte[] magic) {
        return content.length >= magic.length && Arrays.equals(content, 0, magic.length, magic, 0, magic.length);
    }
}
