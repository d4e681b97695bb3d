/**
 * The child's side of assignments: the やること card on the child's home and the answering screen with its
 * autosave. Everything a child reads is kana or goes through ChildText with their furigana.
 */
@NullMarked
package jp.manabiba.assignments.ui;

import org.jspecify.annotations.NullMarked;
