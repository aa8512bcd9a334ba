package org.zhuye.person.imports;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import org.springframework.stereotype.Component;
import org.zhuye.platform.database.DataDirectory;

/**
 * Files the operator has placed in {@code <data-dir>/imports/} for a server-side import: a province's
 * file (a nation's is 7.8 GB) cannot be uploaded under the 512 MB limit. Only a plain name of a regular
 * file directly in that directory is accepted; no separator, no {@code ..}, no hidden file and no
 * symbolic link, so an administrator's request can never reach another file of the server. The files
 * are the operator's: an import reads them in place and never deletes them.
 */
@Component
public class PlacedFiles {

    static final String NO_SUCH_FILE = "导入目录中没有这个文件";

    private final Path directory;

    PlacedFiles(DataDirectory dataDirectory) {
        this.directory = dataDirectory.resolve("imports");
    }

    /** One placed file as the form and the API list it. */
    public record PlacedFile(String name, long bytes, Instant modified) {
    }

    Path directory() {
        return directory;
    }

    /** The placed files, by name. */
    public List<PlacedFile> list() {
        try (Stream<Path> entries = Files.list(directory)) {
            return entries.map(p -> describe(p.getFileName().toString(), p))
                    .flatMap(Optional::stream)
                    .sorted(Comparator.comparing(PlacedFile::name))
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException("无法读取导入目录 " + directory, e);
        }
    }

    /** The file of that name in the directory; empty for any other name, however written. */
    Optional<Path> find(String name) {
        if (!plainName(name)) {
            return Optional.empty();
        }
        Path file = directory.resolve(name).normalize();
        if (!directory.equals(file.getParent())) {
            return Optional.empty();
        }
        return describe(name, file).map(f -> file);
    }

    /** A name with no path in it: not empty, no separator, no NUL, not hidden (which also rules out "." and ".."). */
    static boolean plainName(String name) {
        return name != null && !name.isBlank() && name.length() <= 255 && !name.startsWith(".")
                && name.indexOf('/') < 0 && name.indexOf('\\') < 0 && name.indexOf('\0') < 0;
    }

    private static Optional<PlacedFile> describe(String name, Path file) {
        if (!plainName(name)) {
            return Optional.empty();
        }
        try {
            BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
            return attributes.isRegularFile()
                    ? Optional.of(new PlacedFile(name, attributes.size(), attributes.lastModifiedTime().toInstant()))
                    : Optional.empty();
        } catch (IOException e) {
            return Optional.empty();
        }
    }
}
