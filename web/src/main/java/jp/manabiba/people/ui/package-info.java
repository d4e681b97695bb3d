@NullMarked
package jp.manabiba.people.ui;

import org.jspecify.annotations.NullMarked;
