package jp.manabiba.tutoring;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** The calendar feed at its secret address, for calendar apps that cannot sign in. */
@RestController
class CalendarFeedController {

    static final String PATH = "/calendar/";

    private final CalendarFeeds feeds;

    CalendarFeedController(CalendarFeeds feeds) {
        this.feeds = feeds;
    }

    @GetMapping(PATH + "{token}.ics")
    ResponseEntity<String> calendar(@PathVariable String token) {
        return feeds.calendar(token)
                .map(body -> ResponseEntity.ok().contentType(MediaType.parseMediaType("text/calendar; charset=UTF-8")).body(body))
                .orElseGet(() -> ResponseEntity.notFound().build());
    }
}
