/**
 * Japanese text for children: grade-aware furigana ({@link FuriganaEngine}, readings from Lucene's Kuromoji,
 * learned kanji from MEXT's grade allocation), the markup form {@code {漢字|かんじ}}, the authors' reading check,
 * and the comparison of typed answers ({@link JapaneseAnswers}). Plain Java, no Vaadin and no Spring.
 */
@NullMarked
package jp.manabiba.curriculum.text;

import org.jspecify.annotations.NullMarked;
