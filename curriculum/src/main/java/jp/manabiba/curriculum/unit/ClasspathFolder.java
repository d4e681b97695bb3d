package jp.manabiba.curriculum.unit;

import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.FileSystem;
import java.nio.file.FileSystemAlreadyExistsException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * A folder on the class path as {@link Path}s, so that units load the same way from a directory (tests, IDE) and
 * from a jar (the content jar; inside Spring Boot's executable jar through its nested-jar file system). Jar file
 * systems opened here are closed when the work is done: the loaded units hold their texts, not the files.
 */
final class ClasspathFolder {

    private ClasspathFolder() {
    }

    /** {@code work} on every class path entry's copy of the folder (none when it is nowhere). */
    static <T> T withFolders(ClassLoader classLoader, String name, Function<List<Path>, T> work) throws IOException {
        var opened = new ArrayList<FileSystem>();
        try {
            var folders = new ArrayList<Path>();
            for (URL url : Collections.list(classLoader.getResources(name))) {
                folders.add(path(toUri(url), opened));
            }
            return work.apply(folders.stream().filter(Files::isDirectory).toList());
        } finally {
            for (FileSystem fileSystem : opened) {
                fileSystem.close();
            }
        }
    }

    /** {@code work} on the folder's first copy on the class path (empty when none). */
    static <T> T withFolder(ClassLoader classLoader, String name, Function<Optional<Path>, T> work) throws IOException {
        return withFolders(classLoader, name, folders -> work.apply(folders.stream().findFirst()));
    }

    private static Path path(URI uri, List<FileSystem> opened) throws IOException {
        if ("jar".equals(uri.getScheme())) {
            try {
                opened.add(FileSystems.newFileSystem(uri, Map.of()));
            } catch (FileSystemAlreadyExistsException e) {
                // someone else has it open: use theirs and leave it open
            }
        }
        return Path.of(uri);
    }

    private static URI toUri(URL url) throws IOException {
        try {
            return url.toURI();
        } catch (URISyntaxException e) {
            throw new IOException("not a usable class path address: " + url, e);
        }
    }
}
