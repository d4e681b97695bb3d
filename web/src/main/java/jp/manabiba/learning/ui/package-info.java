/** The children's screens of ESD units: the lesson reader with autosave, and the units card of the learner home. */
@NullMarked
package jp.manabiba.learning.ui;

import org.jspecify.annotations.NullMarked;
