@NullMarked
package jp.manabiba.tutoring.ui;

import org.jspecify.annotations.NullMarked;
