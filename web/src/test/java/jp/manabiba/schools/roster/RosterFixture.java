package jp.manabiba.schools.roster;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * A roster package for a test: one of the fixture folders under src/test/resources/roster, changed as the test
 * needs (a file replaced, removed, re-encoded), then handed to the reader as a zip or a folder.
 */
final class RosterFixture {

    private final Path folder;
    private final Map<String, byte[]> files;

    private RosterFixture(Path folder, Map<String, byte[]> files) {
        this.folder = folder;
        this.files = files;
    }

    /** The Japan K-12 Profile v1.0 package: with courses.csv and roles.csv. */
    static RosterFixture k12Profile() {
        return load("k12-profile");
    }

    /** The Japan Profile 第2版 package: capitalised metadata columns, no roles.csv. */
    static RosterFixture secondEdition() {
        return load("japan-profile-2nd");
    }

    private static RosterFixture load(String name) {
        try {
            URL url = Objects.requireNonNull(RosterFixture.class.getResource("/roster/" + name), name);
            Path folder = Path.of(url.toURI());
            Map<String, byte[]> files = new LinkedHashMap<>();
            try (Stream<Path> listing = Files.list(folder)) {
                for (Path file : listing.sorted().toList()) {
                    files.put(file.getFileName().toString(), Files.readAllBytes(file));
                }
            }
            return new RosterFixture(folder, files);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The fixture folder as it is on disk (unchanged by with…/without). */
    Path folder() {
        return folder;
    }

    String text(String file) {
        return new String(Objects.requireNonNull(files.get(file), file), StandardCharsets.UTF_8);
    }

    RosterFixture with(String file, String text) {
        return withBytes(file, text.getBytes(StandardCharsets.UTF_8));
    }

    RosterFixture withBytes(String file, byte[] bytes) {
        Map<String, byte[]> changed = new LinkedHashMap<>(files);
        changed.put(file, bytes);
        return new RosterFixture(folder, changed);
    }

    /** The file with its first occurrence of {@code from} replaced; fails when there is none, to keep tests honest. */
    RosterFixture replace(String file, String from, String to) {
        String text = text(file);
        if (!text.contains(from)) {
            throw new IllegalArgumentException(file + " has no " + from);
        }
        return with(file, text.replaceFirst(Pattern.quote(from), Matcher.quoteReplacement(to)));
    }

    /** The file with a line added at the end. */
    RosterFixture append(String file, String line) {
        return with(file, text(file) + line + "\n");
    }

    RosterFixture without(String file) {
        Map<String, byte[]> changed = new LinkedHashMap<>(files);
        changed.remove(file);
        return new RosterFixture(folder, changed);
    }

    /** The file written again in another charset (e.g. Shift_JIS, as Excel saves CSV). */
    RosterFixture encoded(String file, Charset charset) {
        return withBytes(file, text(file).getBytes(charset));
    }

    /** Every file with a UTF-8 BOM and CRLF line ends, as Windows tools write them. */
    RosterFixture withBomAndCrlf() {
        RosterFixture result = this;
        for (String file : files.keySet()) {
            String windows = "\uFEFF" + text(file).replace("\n", "\r\n");
            result = result.with(file, windows);
        }
        return result;
    }

    byte[] zip() {
        return zip("");
    }

    /** The package zipped, each file under {@code prefix} (e.g. "roster/" for a folder inside the zip). */
    byte[] zip(String prefix) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            for (Map.Entry<String, byte[]> file : files.entrySet()) {
                zip.putNextEntry(new ZipEntry(prefix + file.getKey()));
                zip.write(file.getValue());
                zip.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    /** The package written as a folder inside {@code parent}. */
    Path writeTo(Path parent) {
        try {
            Path target = Files.createDirectories(parent.resolve("package"));
            for (Map.Entry<String, byte[]> file : files.entrySet()) {
                Files.write(target.resolve(file.getKey()), file.getValue());
            }
            return target;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
