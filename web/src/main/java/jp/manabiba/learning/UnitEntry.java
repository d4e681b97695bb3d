package jp.manabiba.learning;

import java.util.List;

import jp.manabiba.curriculum.unit.EsdAbility;

/** A unit of the catalogue as adults see it, in the reader's language: grade band, SDGs, abilities, lessons offered. */
public record UnitEntry(String unitId, String title, String summary, int gradeFrom, int gradeTo, List<Integer> sdgs,
                        List<EsdAbility> abilities, int lessons) {
}
