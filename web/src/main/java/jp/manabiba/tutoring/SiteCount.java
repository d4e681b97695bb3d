package jp.manabiba.tutoring;

import org.jspecify.annotations.Nullable;

/** Sessions held at one site (none: online) in a period, with the site's public name. */
public record SiteCount(@Nullable Long siteId, String site, long sessions) {
}
