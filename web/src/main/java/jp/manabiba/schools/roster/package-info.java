/**
 * Reads and checks OneRoster 1.2 CSV roster packages in the Japan Profile (both the 1EdTech "Japan K-12 Profile v1.0"
 * and the older "OneRoster Japan Profile 第2版"), as the city's school systems export them. Plain Java: no database,
 * no Spring; the preview and apply steps build on {@link jp.manabiba.schools.roster.RosterReader}.
 */
@NullMarked
package jp.manabiba.schools.roster;

import org.jspecify.annotations.NullMarked;
