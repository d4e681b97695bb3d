package jp.manabiba.curriculum.unit;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * A unit package's folder, on disk or inside a jar (any {@link Path}), and the name its files have in problems:
 * {@code <label>/unit.yaml}, {@code <label>/01-lesson.md}.
 */
public record UnitFolder(Path path, String label) {

    public String fileLabel(String name) {
        return label + "/" + name;
    }

    public boolean exists(String relative) {
        return Files.isRegularFile(path.resolve(relative));
    }

    /** The file as strict UTF-8 (a byte-order mark dropped), or a problem. */
    public Optional<String> read(String name, Problems problems) {
        try {
            byte[] bytes = Files.readAllBytes(path.resolve(name));
            String text = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString();
            return Optional.of(text.startsWith("\uFEFF") ? text.substring(1) : text);
        } catch (CharacterCodingException e) {
            problems.ofFile("not UTF-8 text: save the file as UTF-8");
        } catch (IOException e) {
            problems.ofFile("cannot be read: " + e.getMessage());
        }
        return Optional.empty();
    }

    /** The names of the lesson files (*.md) in the folder. */
    public Set<String> markdownFiles() {
        return names(path, ".md");
    }

    /** The names of the files in images/. */
    public Set<String> images() {
        return names(path.resolve("images"), "");
    }

    private static Set<String> names(Path dir, String suffix) {
        if (!Files.isDirectory(dir)) {
            return Set.of();
        }
        try (Stream<Path> files = Files.list(dir)) {
            var names = new TreeSet<String>();
            files.filter(Files::isRegularFile).map(file -> file.getFileName().toString())
                    .map(name -> name.endsWith("/") ? name.substring(0, name.length() - 1) : name)
                    .filter(name -> name.endsWith(suffix)).forEach(names::add);
            return names;
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
