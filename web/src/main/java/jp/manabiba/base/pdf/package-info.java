/**
 * PDF documents in Japanese with Apache PDFBox: the bundled Noto Sans JP (a subset inside the application jar, under
 * the SIL Open Font License in {@code fonts/noto-sans-jp/OFL.txt}, because a fresh server has no Japanese system
 * font), embedded again as a subset of only the characters each document uses, and line breaking for Japanese text,
 * which has no spaces to break at. Certificates (training) and reports (outcomes) build on it.
 */
@NullMarked
package jp.manabiba.base.pdf;

import org.jspecify.annotations.NullMarked;
