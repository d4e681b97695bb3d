/**
 * Child-facing text in the application: one furigana engine (with content's reading dictionary) and the rules that
 * turn a learner's furigana setting and grade into the reader the engine writes for. The UI is in {@code ui/}.
 */
@NullMarked
package jp.manabiba.text;

import org.jspecify.annotations.NullMarked;
