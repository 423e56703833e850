package id.plaju.pelita.base.database;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Set;

/**
 * Secrets the embedded installation generates once and keeps beside its database, in a directory and
 * files only their owner can read (0700 / 0600): the database password and the survey pseudonym key.
 * Anyone who can read them is the owner of the data files already.
 */
public final class SecretFiles {

    private static final Set<PosixFilePermission> OWNER_ONLY_DIR = PosixFilePermissions.fromString("rwx------");
    private static final Set<PosixFilePermission> OWNER_ONLY_FILE = PosixFilePermissions.fromString("rw-------");

    private final Path directory;

    public SecretFiles(Path directory) {
        this.directory = directory.toAbsolutePath().normalize();
    }

    /** The secrets directory of an embedded database kept in {@code dataDir}: {@code <parent>/secrets}. */
    public static SecretFiles beside(Path dataDir) {
        Path absolute = dataDir.toAbsolutePath().normalize();
        return new SecretFiles(absolute.getParent().resolve("secrets"));
    }

    public Path directory() {
        return directory;
    }

    /** The secret of that name, generated (32 random bytes, Base64 URL-safe) and stored at first use. */
    public synchronized String getOrCreate(String name) {
        Path file = directory.resolve(name);
        try {
            if (Files.exists(file)) {
                return Files.readString(file, StandardCharsets.UTF_8).strip();
            }
            byte[] bytes = new byte[32];
            new SecureRandom().nextBytes(bytes);
            String secret = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
            return write(name, secret) ? secret : Files.readString(file, StandardCharsets.UTF_8).strip();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read or write the secret " + file, e);
        }
    }

    /** Stores a secret unless one of that name exists; @return whether it was written. */
    public synchronized boolean write(String name, String secret) {
        Path file = directory.resolve(name);
        try {
            createDirectory();
            Files.createFile(file, PosixFilePermissions.asFileAttribute(OWNER_ONLY_FILE));
            Files.writeString(file, secret, StandardCharsets.UTF_8, StandardOpenOption.TRUNCATE_EXISTING);
            return true;
        } catch (FileAlreadyExistsException e) {
            return false;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write the secret " + file, e);
        }
    }

    public boolean exists(String name) {
        return Files.exists(directory.resolve(name));
    }

    /** A file only the owner can read, replaced if it exists (the database's start-up script). */
    Path writeTransient(String name, String content) {
        Path file = directory.resolve(name);
        try {
            createDirectory();
            Files.deleteIfExists(file);
            Files.createFile(file, PosixFilePermissions.asFileAttribute(OWNER_ONLY_FILE));
            Files.writeString(file, content, StandardCharsets.UTF_8, StandardOpenOption.TRUNCATE_EXISTING);
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write " + file, e);
        }
    }

    private void createDirectory() throws IOException {
        if (!Files.isDirectory(directory)) {
            Files.createDirectories(directory.getParent());
            try {
                Files.createDirectory(directory, PosixFilePermissions.asFileAttribute(OWNER_ONLY_DIR));
            } catch (FileAlreadyExistsException e) {
                // made meanwhile by another start
            }
        }
        Files.setPosixFilePermissions(directory, OWNER_ONLY_DIR);
    }
}
