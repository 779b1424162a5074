package org.unionworks.shared.infrastructure.upload;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;
import java.util.logging.Logger;
import java.util.stream.Stream;
import org.unionworks.shared.model.DomainException;

/**
 * Holds uploaded files between the request that brought them and the background passes that read them, in the
 * server's data directory ({@code jboss.server.data.dir/unionworks/uploads}, readable by the server's user only).
 * A file is named by an opaque key, never by anything the client sent. Whoever stores a file deletes it: the
 * import deletes its file when the job ends, and housekeeping removes what an interrupted server left behind.
 */
@ApplicationScoped
public class UploadStore {

    private static final Logger LOG = Logger.getLogger(UploadStore.class.getName());
    private static final int BUFFER_BYTES = 64 * 1024;
    private static final String SUFFIX = ".upload";

    private Path directory;

    /** What was stored: under which key, how many bytes, and their SHA-256 (lower-case hex). */
    public record Stored(String key, long bytes, String sha256) {
    }

    @PostConstruct
    void init() {
        String dataDir = System.getProperty("jboss.server.data.dir", System.getProperty("java.io.tmpdir"));
        directory = Path.of(dataDir, "unionworks", "uploads");
        try {
            Files.createDirectories(directory);
            restrict(directory, "rwx------");
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot create the upload directory " + directory, e);
        }
    }

    /**
     * Copies the stream to a new file, counting and hashing as it goes; stops as soon as the limit is passed.
     *
     * @throws DomainException {@code import.file.tooLarge} (argument: the limit in MB) when the content is larger
     *                         than {@code maxBytes}; nothing is left behind
     */
    public Stored store(InputStream content, long maxBytes, long maxMegabytes) {
        String key = UUID.randomUUID().toString();
        Path file = path(key);
        MessageDigest sha256 = sha256();
        long total = 0;
        try {
            Files.createFile(file);
            restrict(file, "rw-------");
            try (OutputStream out = new DigestOutputStream(Files.newOutputStream(file, StandardOpenOption.WRITE), sha256)) {
                byte[] buffer = new byte[BUFFER_BYTES];
                int read;
                while ((read = content.read(buffer)) != -1) {
                    total += read;
                    if (total > maxBytes) {
                        throw new DomainException("import.file.tooLarge", "upload over " + maxBytes + " bytes", maxMegabytes);
                    }
                    out.write(buffer, 0, read);
                }
            }
        } catch (FileAlreadyExistsException e) {
            throw new IllegalStateException("Upload key collision " + key, e);
        } catch (IOException | RuntimeException e) {
            delete(key);
            if (e instanceof IOException io) {
                throw new UncheckedIOException("Cannot store upload", io);
            }
            throw (RuntimeException) e;
        }
        return new Stored(key, total, HexFormat.of().formatHex(sha256.digest()));
    }

    public Path path(String key) {
        if (key == null || !key.matches("[0-9a-f-]{36}")) {
            throw new IllegalArgumentException("Not an upload key: " + key);
        }
        return directory.resolve(key + SUFFIX);
    }

    public boolean exists(String key) {
        return Files.exists(path(key));
    }

    /** Removes the file if it is there; a failure is logged, never thrown (the job's outcome stands). */
    public void delete(String key) {
        try {
            Files.deleteIfExists(path(key));
        } catch (IOException e) {
            LOG.warning(() -> "Cannot delete upload " + key + ": " + e);
        }
    }

    /** Keys of every stored file, e.g. to find what an interrupted server left behind. */
    public List<String> keys() {
        try (Stream<Path> files = Files.list(directory)) {
            return files.map(p -> p.getFileName().toString())
                    .filter(n -> n.endsWith(SUFFIX))
                    .map(n -> n.substring(0, n.length() - SUFFIX.length()))
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void restrict(Path path, String permissions) throws IOException {
        if (path.getFileSystem().supportedFileAttributeViews().contains("posix")) {
            Files.setPosixFilePermissions(path, PosixFilePermissions.fromString(permissions));
        }
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java platform", e);
        }
    }
}
