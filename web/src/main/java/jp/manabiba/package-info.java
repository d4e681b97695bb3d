/** Manabiba: one package per feature (see docs/architecture.md). */
@NullMarked
package jp.manabiba;

import org.jspecify.annotations.NullMarked;
