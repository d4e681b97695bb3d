/**
 * Training's screens. Workshops and certificates (wt-workshops): the coordinator's workshops, one workshop with its
 * sign-ups and attendance, and certificates to approve; the supporter's workshop sign-up and certificate upload.
 */
@NullMarked
package jp.manabiba.training.ui;

import org.jspecify.annotations.NullMarked;
