/** Who read or changed sensitive data: written by the features, read (and exported) only by administrators. */
@NullMarked
package jp.manabiba.audit;

import org.jspecify.annotations.NullMarked;
