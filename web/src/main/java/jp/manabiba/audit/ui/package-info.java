@NullMarked
package jp.manabiba.audit.ui;

import org.jspecify.annotations.NullMarked;
