/** Languages and the translation bundles: no user-facing literal lives in code. */
@NullMarked
package jp.manabiba.i18n;

import org.jspecify.annotations.NullMarked;
