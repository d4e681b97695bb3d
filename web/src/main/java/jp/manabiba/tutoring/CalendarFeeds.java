package jp.manabiba.tutoring;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Date;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import biweekly.Biweekly;
import biweekly.ICalendar;
import biweekly.component.VEvent;
import biweekly.property.Status;
import jakarta.annotation.security.PermitAll;
import jp.manabiba.people.Participants;
import jp.manabiba.security.CurrentUser;
import jp.manabiba.security.SystemAccess;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A secret calendar address per user that Google Calendar and Outlook can subscribe to: the user's own upcoming
 * sessions as iCalendar. The address is shown once; only its hash is stored; renewing it retires the old one.
 */
@Service
public class CalendarFeeds {

    private static final Duration HORIZON = Duration.ofDays(120);

    private final CalendarFeedRepository feeds;
    private final TutoringSessionRepository sessions;
    private final Participants participants;
    private final CurrentUser currentUser;
    private final SystemAccess system;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();

    CalendarFeeds(CalendarFeedRepository feeds, TutoringSessionRepository sessions, Participants participants,
                  CurrentUser currentUser, SystemAccess system, Clock clock) {
        this.feeds = feeds;
        this.sessions = sessions;
        this.participants = participants;
        this.currentUser = currentUser;
        this.system = system;
        this.clock = clock;
    }

    /** A new secret token for the signed-in user (the old one stops working). Shown once. */
    @PreAuthorize("isAuthenticated()")
    @Transactional
    public String renew() {
        long account = currentUser.require().accountId();
        byte[] bytes = new byte[24];
        random.nextBytes(bytes);
        String token = HexFormat.of().formatHex(bytes);
        feeds.deleteById(account);
        feeds.flush();
        feeds.save(new CalendarFeed(account, hash(token), clock.instant()));
        return token;
    }

    @PreAuthorize("isAuthenticated()")
    @Transactional
    public void revoke() {
        feeds.deleteById(currentUser.require().accountId());
    }

    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public boolean active() {
        return feeds.existsById(currentUser.require().accountId());
    }

    /** The calendar behind a token, or nothing for a token that is unknown or revoked. Needs no sign-in. */
    @PermitAll // calendar apps cannot sign in: the secret token is the proof, and the feed is that account's only
    @Transactional(readOnly = true)
    public Optional<String> calendar(String token) {
        // the token is the caller's proof: the feed is read as the system, for that account only
        return feeds.findByTokenHash(hash(token)).map(feed -> system.asAdministrator(() -> render(feed.accountId())));
    }

    private String render(long accountId) {
        List<TutoringSession> mine = new ArrayList<>();
        participants.learnerIdOfAccount(accountId).ifPresent(learner ->
                mine.addAll(sessions.ofLearner(learner, clock.instant().minus(Duration.ofDays(7)), clock.instant().plus(HORIZON))));
        participants.supporterIdOfAccount(accountId).ifPresent(supporter ->
                mine.addAll(sessions.ofSupporter(supporter, clock.instant().minus(Duration.ofDays(7)), clock.instant().plus(HORIZON))));
        Map<Long, String> sites = participants.siteNames(mine.stream().map(s -> s.place().siteId())
                .filter(java.util.Objects::nonNull).distinct().toList());
        ICalendar calendar = new ICalendar();
        calendar.setProductId("-//Manabiba//Tutoring//JA");
        for (TutoringSession session : mine) {
            VEvent event = new VEvent();
            event.setUid("session-" + session.id() + "@manabiba");
            event.setSummary(session.title());
            event.setDateStart(Date.from(session.startsAt()));
            event.setDateEnd(Date.from(session.endsAt()));
            if (session.place().online()) {
                event.setLocation(session.place().meetingUrl());
                event.setUrl(session.place().meetingUrl());
            } else {
                event.setLocation(sites.getOrDefault(session.place().siteId(), ""));
            }
            if (session.cancelledReason() != null) {
                event.setStatus(Status.cancelled());
                event.setDescription(session.cancelledReason());
            }
            calendar.addEvent(event);
        }
        return Biweekly.write(calendar).go();
    }

    static String hash(String token) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
