/**
 * Checks every uploaded file the same way, whatever the feature: its type read from the bytes (never the browser's
 * word), an allow-list per use, a size limit, and photos decoded, turned upright, scaled down and written again as
 * JPEG, which also leaves their EXIF (GPS positions of children's photos included) behind. Stateless: features keep
 * the result in their own tables under their own access rules.
 */
@NullMarked
package jp.manabiba.base.files;

import org.jspecify.annotations.NullMarked;
