/** Sign-in (local, Google, Microsoft), accounts and roles, the current user, throttling. */
@NullMarked
package jp.manabiba.security;

import org.jspecify.annotations.NullMarked;
