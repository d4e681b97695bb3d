package jp.manabiba.curriculum.unit;

import java.net.URI;
import java.time.LocalDate;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/** Where the facts of a unit come from: a city, ministry or agency page, and when an author last read it. */
public record Source(String id, String publisher, String title, URI url, @Nullable LocalDate accessed) {

    public Source {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(publisher, "publisher");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(url, "url");
    }
}
