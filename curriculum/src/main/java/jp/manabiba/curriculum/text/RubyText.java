package jp.manabiba.curriculum.text;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/** A text as segments, neighbouring plain pieces joined; {@link #markup()} gives the authors' form. */
public record RubyText(List<RubySegment> segments) {

    public RubyText {
        segments = List.copyOf(segments);
    }

    static RubyText of(List<RubySegment> pieces) {
        var joined = new ArrayList<RubySegment>();
        var plain = new StringBuilder();
        for (RubySegment piece : pieces) {
            if (piece.hasRuby()) {
                if (!plain.isEmpty()) {
                    joined.add(RubySegment.plain(plain.toString()));
                    plain.setLength(0);
                }
                joined.add(piece);
            } else {
                plain.append(piece.text());
            }
        }
        if (!plain.isEmpty()) {
            joined.add(RubySegment.plain(plain.toString()));
        }
        return new RubyText(joined);
    }

    public String markup() {
        return segments.stream().map(RubySegment::markup).collect(Collectors.joining());
    }

    /** The text without any ruby. */
    public String plainText() {
        return segments.stream().map(RubySegment::text).collect(Collectors.joining());
    }
}
