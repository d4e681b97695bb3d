@NullMarked
package jp.manabiba.home.ui;

import org.jspecify.annotations.NullMarked;
