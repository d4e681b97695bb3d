/** {@code ChildText}: a child-facing text with {@code <ruby>} exactly where this reader needs it. */
@NullMarked
package jp.manabiba.text.ui;

import org.jspecify.annotations.NullMarked;
