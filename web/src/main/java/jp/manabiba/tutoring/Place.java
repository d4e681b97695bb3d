package jp.manabiba.tutoring;

import java.net.URI;

import jp.manabiba.i18n.InvalidInput;
import jp.manabiba.i18n.TextRules;
import org.jspecify.annotations.Nullable;

/** Where a session happens: at a site of the organisation, or online at a meeting link (Meet, Teams, any URL). */
public record Place(@Nullable Long siteId, @Nullable String meetingUrl) {

    /** The meeting_url columns' length. */
    public static final int MEETING_URL_MAX = 500;

    public Place {
        TextRules.optionalLine("meetingUrl", meetingUrl, MEETING_URL_MAX);
        if ((siteId == null) == (meetingUrl == null || meetingUrl.isBlank())) {
            throw new InvalidInput("place", "session.error.site-or-link");
        }
        if (meetingUrl != null && !meetingUrl.isBlank() && !isWebLink(meetingUrl)) {
            throw new InvalidInput("meetingUrl", "session.error.link");
        }
        meetingUrl = meetingUrl == null || meetingUrl.isBlank() ? null : meetingUrl.strip();
    }

    public boolean online() {
        return meetingUrl != null;
    }

    private static boolean isWebLink(String value) {
        try {
            URI uri = URI.create(value.strip());
            return ("https".equalsIgnoreCase(uri.getScheme()) || "http".equalsIgnoreCase(uri.getScheme()))
                    && uri.getHost() != null && !uri.getHost().isBlank();
        } catch (IllegalArgumentException notAUri) {
            return false;
        }
    }
}
