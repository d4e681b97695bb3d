package jp.manabiba.curriculum.text;

import org.jspecify.annotations.Nullable;

/** A piece of text: plain, or a base with its reading (hiragana) shown above it as ruby. */
public record RubySegment(String text, @Nullable String reading) {

    public static RubySegment plain(String text) {
        return new RubySegment(text, null);
    }

    public static RubySegment ruby(String base, String reading) {
        return new RubySegment(base, reading);
    }

    public boolean hasRuby() {
        return reading != null;
    }

    /** {@code {漢字|かんじ}} for ruby, the text itself otherwise. */
    public String markup() {
        return reading == null ? text : "{" + text + "|" + reading + "}";
    }
}
