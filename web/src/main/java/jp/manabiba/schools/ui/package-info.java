@NullMarked
package jp.manabiba.schools.ui;

import org.jspecify.annotations.NullMarked;
