/** Organisations, sites and (in the people issue) households, learners, supporters and consent. */
@NullMarked
package jp.manabiba.people;

import org.jspecify.annotations.NullMarked;
