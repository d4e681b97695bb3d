/** Shared UI and infrastructure every feature builds on: layout, navigation, translations. */
@NullMarked
package jp.manabiba.base;

import org.jspecify.annotations.NullMarked;
