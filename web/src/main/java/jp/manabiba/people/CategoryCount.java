package jp.manabiba.people;

import org.jspecify.annotations.Nullable;

/**
 * A figure of one supporter category, for the outcomes dashboard's breakdown ({@code category} null: no supporter
 * recorded, e.g. a session nobody was assigned to). Never a count of children: supporters are adults.
 */
public record CategoryCount(@Nullable SupporterCategory category, long count) {
}
