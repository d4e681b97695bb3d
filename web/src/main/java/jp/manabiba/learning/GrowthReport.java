package jp.manabiba.learning;

import java.util.List;

/** Before and after on a unit's abilities: per child, and for the group (the children the caller sees, or a series). */
public record GrowthReport(String unitId, List<GrowthRow> children, List<AbilityChange> group) {
}
