-- Outcomes (issue 13): two more computed indicators of the programme's logic model, each counted by an
-- IndicatorQuery bean of the same code (outcomes/ParticipationIndicators).
--
-- RETURNED_SUPPORTERS counts adults, but saying that a named supporter of a small organisation was once a child of
-- a household given support is as sensitive as the household itself: it is marked child_count so that a cell below
-- 5 is suppressed wherever the figure leaves the organisation. SURVEY_RESPONSE_RATE's base is invitations, many of
-- them children's and households': a rate of 1 of 2 tells whether a family answered, so it is suppressed the same way.

INSERT INTO indicator (code, outcome_code, position, title_ja, title_en, definition_ja, definition_en, unit, source, child_count, aggregation) VALUES
    ('RETURNED_SUPPORTERS', 'SUPPORTERS', 6, '支援を受けた子どもが担い手に', 'Children who came back as supporters',
     'かつて学習支援を受けた子ども（同じ団体の学習者）とコーディネーターが結びつけた担い手の人数。担い手として登録された日（日本時間）の月に数えます。',
     'Supporters a coordinator linked to the learner of the same organisation they once were, counted in the month (Japan time) they were entered as a supporter.',
     'PEOPLE', 'COMPUTED', TRUE, 'SUM'),
    ('SURVEY_RESPONSE_RATE', 'NETWORK', 5, 'アンケートの回答率', 'Survey response rate',
     '公開したアンケートに招待した人・世帯のうち、回答した割合（回答 ÷ 招待）。アンケートの開始日の月に数えます。匿名のアンケートも含みます。',
     'Of the people and households invited to published surveys, the share who answered (answered ÷ invited), counted in the month the survey opened. Anonymous surveys are included.',
     'PERCENT', 'COMPUTED', TRUE, 'RATE');
