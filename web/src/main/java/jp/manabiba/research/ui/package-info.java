/** The research export screen (/research) for coordinators and administrators. */
@NullMarked
package jp.manabiba.research.ui;

import org.jspecify.annotations.NullMarked;
