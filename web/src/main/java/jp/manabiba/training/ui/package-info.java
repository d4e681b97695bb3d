/** Training's screens: the coordinator's lists and records, the administrator's modules and tracks. */
@NullMarked
package jp.manabiba.training.ui;

import org.jspecify.annotations.NullMarked;
