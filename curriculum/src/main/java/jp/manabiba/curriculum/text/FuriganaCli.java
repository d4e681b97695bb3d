package jp.manabiba.curriculum.text;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.io.Reader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * For authors and scripts: reads UTF-8 lines on standard input, prints each back in the markup form
 * ({@code {漢字|かんじ}}) for a reader of the given grade, one line out per line in and nothing else on standard
 * output. With {@code --check} it prints the reading check instead (line number, offset, word, reading, signals).
 * See docs/curriculum-format.md for the command.
 */
public final class FuriganaCli {

    static final String CLASSPATH_READINGS = "/jp/manabiba/content/readings.tsv";
    private static final String USAGE = """
            usage: FuriganaCli --grade 1-9|all|adult [--dictionary readings.tsv] [--check] < text.txt
              --grade       the reader's school grade (1-6 elementary, 7-9 junior high), all (every kanji) or adult
              --dictionary  the reading dictionary (TSV); default: content's readings.tsv on the class path
              --check       print the reading check (words with automatic ruby and their signals) instead""";

    private FuriganaCli() {
    }

    public static void main(String[] args) {
        var out = new PrintStream(System.out, false, StandardCharsets.UTF_8);
        var err = new PrintStream(System.err, true, StandardCharsets.UTF_8);
        int status = run(args, System.in, out, err);
        out.flush();
        System.exit(status);
    }

    static int run(String[] args, InputStream in, PrintStream out, PrintStream err) {
        ReaderGrade grade = null;
        Path dictionary = null;
        boolean check = false;
        try {
            for (int i = 0; i < args.length; i++) {
                switch (args[i]) {
                    case "--grade" -> grade = ReaderGrade.parse(value(args, ++i, "--grade"));
                    case "--dictionary" -> dictionary = Path.of(value(args, ++i, "--dictionary"));
                    case "--check" -> check = true;
                    default -> throw new IllegalArgumentException("unknown option " + args[i]);
                }
            }
            if (grade == null) {
                throw new IllegalArgumentException("--grade is required");
            }
            var engine = engine(dictionary);
            var lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            int number = 0;
            while ((line = lines.readLine()) != null) {
                number++;
                if (check) {
                    for (CheckedWord word : engine.check(line, grade)) {
                        out.println(number + "\t" + word.line());
                    }
                } else {
                    out.println(engine.annotate(line, grade).markup());
                }
            }
            return 0;
        } catch (IllegalArgumentException e) {
            err.println("FuriganaCli: " + e.getMessage());
            err.println(USAGE);
            return 2;
        } catch (IOException e) {
            err.println("FuriganaCli: " + e.getMessage());
            return 1;
        }
    }

    private static String value(String[] args, int i, String option) {
        if (i >= args.length) {
            throw new IllegalArgumentException(option + " needs a value");
        }
        return args[i];
    }

    private static FuriganaEngine engine(Path dictionary) throws IOException {
        if (dictionary != null) {
            try (Reader reader = Files.newBufferedReader(dictionary, StandardCharsets.UTF_8)) {
                return FuriganaEngine.withReadings(reader, dictionary.toString());
            }
        }
        var stream = FuriganaCli.class.getResourceAsStream(CLASSPATH_READINGS);
        if (stream == null) {
            return FuriganaEngine.withReadings(new StringReader(""), "(none)");
        }
        try (Reader reader = new InputStreamReader(stream, StandardCharsets.UTF_8)) {
            return FuriganaEngine.withReadings(reader, CLASSPATH_READINGS);
        }
    }
}
