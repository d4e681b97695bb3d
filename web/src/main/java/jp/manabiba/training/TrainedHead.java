package jp.manabiba.training;

import java.time.LocalDate;

import jp.manabiba.people.SupporterCategory;

/** One supporter counted as trained: in the category they were trained in, on the day it happened. */
record TrainedHead(long supporterId, long organisationId, SupporterCategory category, LocalDate trainedOn) {
}
