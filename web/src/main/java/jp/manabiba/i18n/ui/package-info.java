@NullMarked
package jp.manabiba.i18n.ui;

import org.jspecify.annotations.NullMarked;
