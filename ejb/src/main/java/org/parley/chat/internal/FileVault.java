package org.parley.chat.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Arrays;
import java.util.Set;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.parley.chat.FileRef;
import org.parley.error.ParleyException;
import org.parley.error.ParleyException.Limited.Limit;

/**
 * The files of conversations under ${parley.data.dir}/files, received under the administrator's
 * policy: at most parley.chat.files.maxBytes, of the types in parley.chat.files.allowedTypes as
 * found from the content. A file is written to a temporary name first and counted while it
 * streams in, so an oversized upload stops at the limit and leaves nothing behind.
 */
@ApplicationScoped
public class FileVault {

    private static final Logger LOG = Logger.getLogger(FileVault.class.getName());
    private static final int MAX_NAME = 255;

    @Inject
    @ConfigProperty(name = "parley.data.dir", defaultValue = "parley-data")
    String dataDir;

    @Inject
    @ConfigProperty(name = "parley.chat.files.maxBytes", defaultValue = "10485760")
    long maxBytes;

    @Inject
    @ConfigProperty(name = "parley.chat.files.allowedTypes",
            defaultValue = "image/png,image/jpeg,image/gif,application/pdf,text/plain")
    String allowedTypes;

    /** Receives a file; the returned reference names where it is kept. */
    public FileRef receive(String name, InputStream content) {
        var id = UUID.randomUUID().toString();
        var cleanName = cleanName(name);
        var temp = root().resolve(id + ".part");
        try {
            Files.createDirectories(root());
            long size = copyAtMost(content, temp);
            var type = MediaSniffer.sniff(temp).orElse("unknown");
            if (!allowed().contains(type)) {
                throw new ParleyException.Limited(Limit.TYPE, "Files of this content (" + type
                        + ") are not allowed; allowed: " + String.join(", ", allowed()));
            }
            Files.move(temp, path(id), StandardCopyOption.ATOMIC_MOVE);
            return new FileRef(id, cleanName, type, size);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not store a file", e);
        } finally {
            deleteQuietly(temp);
        }
    }

    /** Where a file's content is. */
    public Path path(String fileId) {
        return root().resolve(fileId);
    }

    /** Deletes a file; a missing file is not an error. */
    public void delete(String fileId) {
        deleteQuietly(path(fileId));
    }

    public long maxBytes() {
        return maxBytes;
    }

    private long copyAtMost(InputStream in, Path target) throws IOException {
        long total = 0;
        var buffer = new byte[64 * 1024];
        try (var out = Files.newOutputStream(target)) {
            int n;
            while ((n = in.read(buffer)) != -1) {
                total += n;
                if (total > maxBytes) {
                    throw new ParleyException.Limited(Limit.SIZE, "Files are at most " + maxBytes + " bytes");
                }
                out.write(buffer, 0, n);
            }
        }
        return total;
    }

    private Set<String> allowed() {
        return Arrays.stream(allowedTypes.split(",")).map(String::strip).filter(s -> !s.isEmpty())
                .collect(Collectors.toUnmodifiableSet());
    }

    private Path root() {
        return Path.of(dataDir, "files");
    }

    static String cleanName(String name) {
        var base = name == null ? "" : name.replace('\\', '/');
        base = base.substring(base.lastIndexOf('/') + 1).codePoints().filter(c -> !Character.isISOControl(c))
                .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append).toString().strip();
        if (base.isEmpty() || base.equals(".") || base.equals("..")) {
            return "file";
        }
        return base.length() > MAX_NAME ? base.substring(0, MAX_NAME) : base;
    }

    private static void deleteQuietly(Path p) {
        try {
            Files.deleteIfExists(p);
        } catch (IOException e) {
            LOG.log(Level.WARNING, "Could not delete {0}: {1}", new Object[] {p, e.getMessage()});
        }
    }
}
