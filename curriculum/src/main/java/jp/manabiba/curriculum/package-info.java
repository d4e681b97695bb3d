/**
 * The curriculum engine: the model of ESD units, lessons and activities, their tags, the loader and
 * validator of curriculum packages and the progress rules. Plain Java, no Vaadin and no web: the
 * curriculum issue fills it; the web module's {@code learning} feature will use it.
 */
@NullMarked
package jp.manabiba.curriculum;

import org.jspecify.annotations.NullMarked;
