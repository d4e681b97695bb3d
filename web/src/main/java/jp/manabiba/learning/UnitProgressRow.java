package jp.manabiba.learning;

import java.time.YearMonth;

import org.jspecify.annotations.Nullable;

/**
 * One child's progress in one ESD unit: lessons finished of those offered now, and the month (Asia/Tokyo) the last
 * of them was finished when all are (a completed unit).
 */
public record UnitProgressRow(long learnerId, String unitId, int lessonsFinished, int lessonsOffered,
                              @Nullable YearMonth completedIn) {
}
