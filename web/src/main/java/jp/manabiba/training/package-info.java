/**
 * Supporter training (issue 12): modules (self-study read here with a check quiz, in-person workshops, external
 * courses proven by a certificate), a track per supporter category, and the completions that make a supporter
 * "ready" (allowed in front of children) and "trained" (the head count the programme's targets count). Other
 * features ask {@link jp.manabiba.training.Readiness}; people's matching asks through the
 * {@link jp.manabiba.people.SupporterGate} this feature implements. See docs/training.md.
 */
@NullMarked
package jp.manabiba.training;

import org.jspecify.annotations.NullMarked;
