/**
 * Certificates of completion for supporters' training (issue 12): the PDF in Japanese (or English) with the bundled
 * font, and the verification codes a coordinator looks up to tell a real certificate from a made-up one. No screens
 * and no tables here: the training feature stores the code with the completion and calls these.
 */
@NullMarked
package jp.manabiba.training.certificate;

import org.jspecify.annotations.NullMarked;
