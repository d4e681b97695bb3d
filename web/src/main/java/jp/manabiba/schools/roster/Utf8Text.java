package jp.manabiba.schools.roster;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

import org.jspecify.annotations.Nullable;

/**
 * Decodes a file as UTF-8, strictly. Japan Profile files are UTF-8 (a BOM is allowed), but Excel saves CSV as
 * Shift_JIS by default; a lenient decoder would turn kana names into replacement characters without a word, so any
 * byte that is not UTF-8 refuses the file, and the problem says on which line the first one is.
 */
final class Utf8Text {

    private static final char BOM = '\uFEFF';

    private Utf8Text() {
    }

    /** The text without a BOM, or empty (with a problem) when the bytes are not UTF-8. */
    static @Nullable String decode(String file, byte[] bytes, Problems problems) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(bytes.length); // UTF-8 never yields more chars than bytes
        CoderResult result = decoder.decode(in, out, true);
        if (!result.isError()) {
            result = decoder.flush(out);
        }
        if (result.isError()) {
            problems.add(file, lineOf(bytes, in.position()), RosterProblem.NOT_UTF8);
            return null;
        }
        out.flip();
        String text = out.toString();
        return !text.isEmpty() && text.charAt(0) == BOM ? text.substring(1) : text;
    }

    // In UTF-8 and Shift_JIS alike a line feed is the byte 0x0A and no multi-byte character contains it.
    private static int lineOf(byte[] bytes, int position) {
        int line = 1;
        for (int i = 0; i < position; i++) {
            if (bytes[i] == '\n') {
                line++;
            }
        }
        return line;
    }
}
