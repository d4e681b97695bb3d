/**
 * Surveys (アンケート): questionnaires a coordinator builds for one audience of their organisation (learners,
 * guardians, supporters, teachers), in versions frozen once answered, answered by the invited (children through
 * kana and furigana, guardians through a link in their home language) and read as counts with small-cell care.
 * Anonymous surveys are anonymous in the database itself (V026, docs/surveys.md). Who may do what is
 * {@code SurveysAccess}.
 */
@NullMarked
package jp.manabiba.surveys;

import org.jspecify.annotations.NullMarked;
