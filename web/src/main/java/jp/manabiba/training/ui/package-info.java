/** The training screens: targets, the certificate lookup (and, from other helpers, the supporter's and coordinator's screens). */
@NullMarked
package jp.manabiba.training.ui;

import org.jspecify.annotations.NullMarked;
