@NullMarked
package jp.manabiba.base.ui;

import org.jspecify.annotations.NullMarked;
