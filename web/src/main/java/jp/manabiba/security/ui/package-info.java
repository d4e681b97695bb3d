@NullMarked
package jp.manabiba.security.ui;

import org.jspecify.annotations.NullMarked;
