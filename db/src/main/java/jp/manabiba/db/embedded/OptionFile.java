package jp.manabiba.db.embedded;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * A MariaDB client option file ({@code [client]} user, password, socket) with owner-only permissions
 * (rw-------), so that the password never appears on a command line and the MariaDB tools can read it:
 * {@code mariadb --defaults-extra-file=data/mariadb/root.cnf}.
 */
public record OptionFile(String user, String password, Path socket) {

    private static final String ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789";
    private static final SecureRandom RANDOM = new SecureRandom();

    /** The file at {@code path}, or a new one with a generated password, written before it is returned. */
    static OptionFile readOrCreate(Path path, String user, Path socket) throws IOException {
        Optional<OptionFile> existing = read(path);
        if (existing.isPresent() && existing.get().user().equals(user)) {
            OptionFile file = new OptionFile(user, existing.get().password(), socket);
            if (!file.socket().equals(existing.get().socket())) {
                file.write(path);
            }
            restrict(path);
            return file;
        }
        OptionFile created = new OptionFile(user, generatePassword(), socket);
        created.write(path);
        return created;
    }

    public static Optional<OptionFile> read(Path path) throws IOException {
        if (!Files.exists(path)) {
            return Optional.empty();
        }
        Map<String, String> values = new LinkedHashMap<>();
        for (String line : Files.readAllLines(path, StandardCharsets.UTF_8)) {
            int equals = line.indexOf('=');
            if (equals > 0) {
                values.put(line.substring(0, equals).strip(), line.substring(equals + 1).strip());
            }
        }
        String user = values.get("user");
        String password = values.get("password");
        String socket = values.getOrDefault("socket", "");
        return user == null || password == null || password.isEmpty()
                ? Optional.empty()
                : Optional.of(new OptionFile(user, password, Path.of(socket)));
    }

    /** Written beside and moved into place, so a crash never leaves half a file (or a readable one). */
    public void write(Path path) throws IOException {
        Path partial = path.resolveSibling(path.getFileName() + ".partial");
        Files.deleteIfExists(partial);
        if (posix()) {
            Files.createFile(partial, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        }
        Files.writeString(partial, "[client]\nuser=" + user + "\npassword=" + password + "\nsocket=" + socket + "\n",
                StandardCharsets.UTF_8);
        Files.move(partial, path, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    static void restrict(Path path) throws IOException {
        if (posix()) {
            Files.setPosixFilePermissions(path, PosixFilePermissions.fromString(
                    Files.isDirectory(path) ? "rwx------" : "rw-------"));
        }
    }

    static String generatePassword() {
        StringBuilder password = new StringBuilder(32);
        for (int i = 0; i < 32; i++) {
            password.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
        }
        return password.toString();
    }

    private static boolean posix() {
        return FileSystems.getDefault().supportedFileAttributeViews().contains("posix");
    }

    @Override
    public String toString() {
        return "OptionFile[user=" + user + ", socket=" + socket + "]";
    }
}
