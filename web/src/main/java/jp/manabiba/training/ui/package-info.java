/**
 * Training's screens: the supporter's "My training" (the next step, the gate, the track's modules) and the self-study
 * reader with its quiz; the coordinator's lists and records; the administrator's modules and tracks. See
 * docs/training.md.
 */
@NullMarked
package jp.manabiba.training.ui;

import org.jspecify.annotations.NullMarked;
