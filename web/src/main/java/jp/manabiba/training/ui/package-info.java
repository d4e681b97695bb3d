/**
 * The supporter's side of training: "My training" (the next step, the gate, the track's modules) and the
 * self-study reader with its quiz. See docs/training.md, "Supporter's side (built)".
 */
@NullMarked
package jp.manabiba.training.ui;

import org.jspecify.annotations.NullMarked;
