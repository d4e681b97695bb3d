/** The outcome dashboard, manual values and targets screens. */
@NullMarked
package jp.manabiba.outcomes.ui;

import org.jspecify.annotations.NullMarked;
