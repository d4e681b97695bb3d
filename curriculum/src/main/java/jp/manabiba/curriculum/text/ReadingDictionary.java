package jp.manabiba.curriculum.text;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Objects;
import java.util.regex.Pattern;
import org.apache.lucene.analysis.ja.dict.UserDictionary;

/**
 * The readings authors fix once for every text: a TSV of {@code surface<TAB>reading in hiragana[<TAB>note]}
 * ({@code #} starts a comment), turned into Kuromoji's user dictionary, whose entries win over its own. The engine's
 * own special readings (jukujikun such as 二十日) come first, the authors' file after them.
 */
public final class ReadingDictionary {

    private static final Pattern HIRAGANA = Pattern.compile("[\\p{IsHiragana}ー]+");
    private static final String SPECIAL_READINGS = "special-readings.tsv";

    private ReadingDictionary() {
    }

    /** Kuromoji's dictionary from the engine's special readings plus {@code authorsTsv}. */
    static UserDictionary open(Reader authorsTsv, String name) {
        var csv = new StringBuilder();
        appendEntries(builtIn(), SPECIAL_READINGS, csv);
        appendEntries(authorsTsv, name, csv);
        try {
            return Objects.requireNonNull(UserDictionary.open(new StringReader(csv.toString())));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static UserDictionary builtInOnly() {
        return open(new StringReader(""), "(none)");
    }

    private static Reader builtIn() {
        var stream = Objects.requireNonNull(ReadingDictionary.class.getResourceAsStream(SPECIAL_READINGS));
        return new InputStreamReader(stream, StandardCharsets.UTF_8);
    }

    private static void appendEntries(Reader tsv, String name, StringBuilder csv) {
        try (var lines = new BufferedReader(tsv)) {
            String line;
            int number = 0;
            while ((line = lines.readLine()) != null) {
                number++;
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] fields = line.split("\t");
                if (fields.length < 2) {
                    throw new IllegalArgumentException(name + " line " + number
                            + ": expected surface<TAB>reading, got '" + line + "'");
                }
                String surface = fields[0].strip();
                String reading = fields[1].strip();
                if (surface.isEmpty() || surface.contains(",") || surface.contains(" ")) {
                    throw new IllegalArgumentException(name + " line " + number + ": the surface '" + surface
                            + "' must be one word without commas or spaces");
                }
                if (!HIRAGANA.matcher(reading).matches()) {
                    throw new IllegalArgumentException(name + " line " + number + ": the reading of " + surface
                            + " must be hiragana, got '" + reading + "'");
                }
                csv.append(surface).append(',').append(surface).append(',')
                        .append(Kana.toKatakana(reading)).append(",カスタム名詞\n");
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
