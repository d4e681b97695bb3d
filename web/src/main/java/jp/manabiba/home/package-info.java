/** Where each user lands after signing in: the home view of each role, and their own account settings. */
@NullMarked
package jp.manabiba.home;

import org.jspecify.annotations.NullMarked;
