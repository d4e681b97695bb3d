/**
 * The research export for partner universities (issue 13, docs/research-export.md): pseudonymous, consented
 * children only, reviewed fields only, every export audited. Reads learning, assignments, tutoring and people
 * through their public query services.
 */
@NullMarked
package jp.manabiba.research;

import org.jspecify.annotations.NullMarked;
