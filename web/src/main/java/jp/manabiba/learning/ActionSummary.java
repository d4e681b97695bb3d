package jp.manabiba.learning;

import java.util.List;
import java.util.Map;

/**
 * The community actions of the children a supporter sees in a fiscal year: the rows (plans not yet reported, and
 * actions reported as done within the year), how many were reported, their minutes, and reported ones per unit.
 */
public record ActionSummary(List<ActionRow> actions, int planned, int reported, int minutes,
                            Map<String, Integer> reportedPerUnit) {
}
