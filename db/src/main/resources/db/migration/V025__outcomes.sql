-- Outcomes (issue 13): the programme's logic model as indicators against targets. An outcome groups indicators;
-- an indicator says what is counted, in which unit and from which records (its definition, shown next to the
-- figure); COMPUTED ones are counted from the platform's records by an IndicatorQuery bean of the same code,
-- MANUAL ones are typed by coordinators month by month (corrections are new rows: the newest row is in force).

CREATE TABLE outcome (
    code     VARCHAR(40)  NOT NULL,
    position INT          NOT NULL,
    title_ja VARCHAR(200) NOT NULL,
    title_en VARCHAR(200) NOT NULL,
    CONSTRAINT pk_outcome PRIMARY KEY (code)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_520_ci;

CREATE TABLE indicator (
    code          VARCHAR(40)   NOT NULL,
    outcome_code  VARCHAR(40)   NOT NULL,
    position      INT           NOT NULL,
    title_ja      VARCHAR(200)  NOT NULL,
    title_en      VARCHAR(200)  NOT NULL,
    definition_ja VARCHAR(1000) NOT NULL,
    definition_en VARCHAR(1000) NOT NULL,
    unit          VARCHAR(20)   NOT NULL,
    source        VARCHAR(10)   NOT NULL,
    child_count   BOOLEAN       NOT NULL COMMENT 'counts children or households: small cells are suppressed outside the organisation',
    aggregation   VARCHAR(10)   NOT NULL COMMENT 'how months make a period: SUM, DISTINCT head count, RATE, LATEST stock',
    CONSTRAINT pk_indicator PRIMARY KEY (code),
    CONSTRAINT fk_indicator_outcome FOREIGN KEY (outcome_code) REFERENCES outcome (code),
    CONSTRAINT ck_indicator_unit CHECK (unit IN ('HOUSEHOLDS', 'PEOPLE', 'SESSIONS', 'HOURS', 'PERCENT', 'COUNT', 'LEVELS', 'MEALS')),
    CONSTRAINT ck_indicator_source CHECK (source IN ('COMPUTED', 'MANUAL')),
    CONSTRAINT ck_indicator_aggregation CHECK (aggregation IN ('SUM', 'DISTINCT', 'RATE', 'LATEST'))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_520_ci;

CREATE TABLE indicator_target (
    id              BIGINT        NOT NULL AUTO_INCREMENT,
    indicator_code  VARCHAR(40)   NOT NULL,
    organisation_id BIGINT        NULL COMMENT 'null: the whole network',
    -- MariaDB compares NULLs as distinct in a unique key: this generated column makes "the network" one key value.
    organisation_key BIGINT       AS (COALESCE(organisation_id, 0)) PERSISTENT,
    period_kind     VARCHAR(12)   NOT NULL,
    start_year      INT           NOT NULL COMMENT 'the fiscal year, or the programme''s first fiscal year',
    target          DECIMAL(12,2) NOT NULL,
    CONSTRAINT pk_indicator_target PRIMARY KEY (id),
    CONSTRAINT fk_indicator_target_indicator FOREIGN KEY (indicator_code) REFERENCES indicator (code),
    CONSTRAINT fk_indicator_target_org FOREIGN KEY (organisation_id) REFERENCES organisation (id),
    CONSTRAINT uk_indicator_target UNIQUE (indicator_code, organisation_key, period_kind, start_year),
    CONSTRAINT ck_indicator_target_kind CHECK (period_kind IN ('FISCAL_YEAR', 'PROGRAMME')),
    CONSTRAINT ck_indicator_target_value CHECK (target >= 0)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_520_ci;

CREATE TABLE indicator_manual_value (
    id              BIGINT        NOT NULL AUTO_INCREMENT,
    indicator_code  VARCHAR(40)   NOT NULL,
    organisation_id BIGINT        NOT NULL,
    month           DATE          NOT NULL COMMENT 'the first day of the month',
    value           BIGINT        NOT NULL COMMENT 'whole numbers: meals, meetings, organisations',
    note            VARCHAR(500)  NULL,
    entered_by      BIGINT        NULL COMMENT 'account; kept empty once that account is gone',
    entered_by_name VARCHAR(100)  NOT NULL COMMENT 'the name shown beside the value, kept when the account is gone',
    entered_at      DATETIME(6)   NOT NULL,
    CONSTRAINT pk_indicator_manual_value PRIMARY KEY (id),
    CONSTRAINT fk_manual_value_indicator FOREIGN KEY (indicator_code) REFERENCES indicator (code),
    CONSTRAINT fk_manual_value_org FOREIGN KEY (organisation_id) REFERENCES organisation (id),
    CONSTRAINT fk_manual_value_account FOREIGN KEY (entered_by) REFERENCES account (id) ON DELETE SET NULL,
    CONSTRAINT ck_manual_value_month CHECK (DAYOFMONTH(month) = 1),
    CONSTRAINT ck_manual_value_value CHECK (value >= 0)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_520_ci;
CREATE INDEX ix_manual_value_lookup ON indicator_manual_value (indicator_code, organisation_id, month, id);

-- The programme's logic model (docs/outcomes.md; shared/context/mission.md).
INSERT INTO outcome (code, position, title_ja, title_en) VALUES
    ('LEARNING_SUPPORT', 1, '支援が必要な家庭に学びの支援が届く', 'Households that need it get learning support'),
    ('LEARNING_DONE', 2, '子どもが学びを続ける', 'Children keep learning'),
    ('ESD', 3, '子どもが地域づくりに関心をもち参加する (ESD)', 'Children take an interest and part in their community (ESD)'),
    ('SUPPORTERS', 4, '支援の担い手が育つ', 'A new generation of supporters grows'),
    ('NETWORK', 5, '居場所がつながり地域で支える', 'The ibasho network supports the community together');

INSERT INTO indicator (code, outcome_code, position, title_ja, title_en, definition_ja, definition_en, unit, source, child_count, aggregation) VALUES
    ('HOUSEHOLDS_SUPPORTED', 'LEARNING_SUPPORT', 1, '学習支援を受けた世帯数', 'Households given learning support',
     '支援期間がその月（年度）に1日でもかかる世帯の数（削除された世帯を除く）。年度の値は同じ世帯を1回だけ数えます。',
     'Households whose support period covers at least one day of the month (fiscal year), removed households excluded. A year counts each household once.',
     'HOUSEHOLDS', 'COMPUTED', TRUE, 'DISTINCT'),
    ('SESSIONS_HELD', 'LEARNING_SUPPORT', 2, '開催した学習支援の回数', 'Tutoring sessions held',
     '終了した（中止でない）学習支援の回数。開始日時（日本時間）の月に数えます。',
     'Tutoring sessions that ended and were not cancelled, counted in the month of their start (Japan time).',
     'SESSIONS', 'COMPUTED', FALSE, 'SUM'),
    ('CHILDREN_ATTENDING', 'LEARNING_SUPPORT', 3, '参加した子どもの数', 'Children attending',
     '開催した回に1回以上出席した子どもの数。年度の値は同じ子どもを1回だけ数えます。',
     'Children who attended at least one held session. A year counts each child once.',
     'PEOPLE', 'COMPUTED', TRUE, 'DISTINCT'),
    ('ATTENDANCE_RATE', 'LEARNING_SUPPORT', 4, '出席率', 'Attendance rate',
     '開催した回に参加予定だった子どものうち、出席した割合（出席・遅刻 ÷（出席・遅刻＋欠席））。',
     'Of the children expected at held sessions, the share who attended (attended or late ÷ (attended or late + absent)).',
     'PERCENT', 'COMPUTED', TRUE, 'RATE'),
    ('SUPPORT_HOURS_PER_LEARNER', 'LEARNING_SUPPORT', 5, '子ども1人あたりの支援時間', 'Hours of support per learner',
     '出席した時間（分）の合計 ÷ 出席した子どもの数。時間で表示します。',
     'Minutes attended in held sessions divided by the children who attended, shown in hours.',
     'HOURS', 'COMPUTED', TRUE, 'RATE'),
    ('ASSIGNMENTS_COMPLETED', 'LEARNING_DONE', 1, '提出された課題の数', 'Assignments completed',
     '団体が出した課題のうち、子どもが提出した数（提出済み・確認済み）。提出した日（日本時間）の月に数えます。学校の先生が出した課題は含みません。',
     'Submissions of an organisation''s assignments that the child handed in (submitted or done), counted in the month it was handed in (Japan time). Work set by school teachers is not counted.',
     'COUNT', 'COMPUTED', FALSE, 'SUM'),
    ('ESD_UNITS_COMPLETED', 'ESD', 1, '修了したESD単元の数', 'ESD units completed',
     '子どもが単元の終わりのふりかえり（自己評価）をした単元の数。終わりの評価をした月に数えます。',
     'Units for which a child gave the end-of-unit self-rating, counted in the month of that rating.',
     'COUNT', 'COMPUTED', FALSE, 'SUM'),
    ('ESD_ABILITY_CHANGE', 'ESD', 2, '自己評価の伸び（平均）', 'Change in self-rated abilities (mean)',
     '同じ子ども・単元・能力の「はじめ」と「おわり」の自己評価（4段階）の差の平均。おわりの評価の月に数えます。',
     'Mean of end minus start self-rating (four levels) per child, unit and ability, counted in the month of the end rating.',
     'LEVELS', 'COMPUTED', TRUE, 'RATE'),
    ('COMMUNITY_ACTIONS', 'ESD', 3, '子どもが報告した地域での行動の数', 'Community actions reported by children',
     '子どもが「やったよ」と報告した地域での行動の数。行動した日の月に数えます。',
     'Community actions children reported as done, counted in the month of the day they did them.',
     'COUNT', 'COMPUTED', FALSE, 'SUM'),
    ('COMMUNITY_ACTION_HOURS', 'ESD', 4, '地域での行動の時間', 'Hours of community action',
     '報告された地域での行動の時間の合計。行動した日の月に数えます。',
     'Total time of the reported community actions, counted in the month of the day they did them.',
     'HOURS', 'COMPUTED', FALSE, 'SUM'),
    ('TRAINED_EX_NURSERY_TEACHERS', 'SUPPORTERS', 1, '研修を修了した保育士OG（のべ）', 'Ex-nursery-teachers trained (cumulative)',
     '研修を修了した保育士OGの人数（のべ人数）。研修の記録から数えます。',
     'Ex-nursery-teacher volunteers who completed the training (cumulative head count), from the training records.',
     'PEOPLE', 'COMPUTED', FALSE, 'SUM'),
    ('TRAINED_PARENTS', 'SUPPORTERS', 2, '研修を修了した子育て層（のべ）', 'Parents trained (cumulative)',
     '研修を修了した子育て層の人数（のべ人数）。研修の記録から数えます。',
     'Parent volunteers who completed the training (cumulative head count), from the training records.',
     'PEOPLE', 'COMPUTED', FALSE, 'SUM'),
    ('TRAINED_STUDENTS', 'SUPPORTERS', 3, '研修を修了した大学生（のべ）', 'University students trained (cumulative)',
     '研修を修了した大学生の人数（のべ人数）。研修の記録から数えます。',
     'University students who completed the training (cumulative head count), from the training records.',
     'PEOPLE', 'COMPUTED', FALSE, 'SUM'),
    ('SUPPORTERS_READY', 'SUPPORTERS', 4, 'いま活動できる担い手', 'Supporters ready now',
     '必要な研修がすべて有効な担い手の人数（月末時点）。',
     'Supporters whose required training is all valid (at the end of the month).',
     'PEOPLE', 'COMPUTED', FALSE, 'LATEST'),
    ('STUDENTS_INTERPERSONAL', 'SUPPORTERS', 5, '対人援助の研修を修了した大学生', 'University students trained in interpersonal support',
     '対人援助職の研修を修了した大学生の人数。研修の記録から数えます。',
     'University students who completed the interpersonal-support training, from the training records.',
     'PEOPLE', 'COMPUTED', FALSE, 'SUM'),
    ('FOOD_MEALS', 'NETWORK', 1, '食の支援（食数）', 'Food support (meals)',
     '子ども食堂などで提供した食数。各団体がその月の数を入力します。',
     'Meals served by children''s cafeterias and others, entered by each organisation per month.',
     'MEALS', 'MANUAL', FALSE, 'SUM'),
    ('PARTNER_ORGANISATIONS', 'NETWORK', 2, '連携している団体の数', 'Partner organisations taking part',
     'その月に連携している団体の数。期間の値は最後に入力された月の数です。',
     'Organisations taking part in the partnership in the month; a period shows its latest month entered.',
     'COUNT', 'MANUAL', FALSE, 'LATEST'),
    ('LIAISON_MEETINGS', 'NETWORK', 3, '連絡会の開催回数', 'Liaison meetings held',
     '連携団体の連絡会（隔月）を開催した回数。',
     'Liaison meetings of the partner organisations held (every other month).',
     'COUNT', 'MANUAL', FALSE, 'SUM'),
    ('PRACTICE_REPORT_MEETINGS', 'NETWORK', 4, '実践報告会の開催回数', 'Practice-report meetings held',
     '市民・行政・議員向けの実践報告会を開催した回数。',
     'Practice-report meetings held for citizens, officials and councillors.',
     'COUNT', 'MANUAL', FALSE, 'SUM');

-- Network targets of the programme (mission.md). The households' target per organisation stays where it is set
-- today (organisation_target, people's HouseholdOutcomes: 50 a year unless changed); the first year is the
-- programme's (manabiba.outcomes.first-year, 2024 for Takatsuki) and an administrator moves these with it.
INSERT INTO indicator_target (indicator_code, organisation_id, period_kind, start_year, target) VALUES
    ('TRAINED_EX_NURSERY_TEACHERS', NULL, 'PROGRAMME', 2024, 45),
    ('TRAINED_PARENTS', NULL, 'PROGRAMME', 2024, 45),
    ('TRAINED_STUDENTS', NULL, 'PROGRAMME', 2024, 40),
    ('FOOD_MEALS', NULL, 'PROGRAMME', 2024, 6000),
    ('PARTNER_ORGANISATIONS', NULL, 'FISCAL_YEAR', 2024, 20),
    ('PARTNER_ORGANISATIONS', NULL, 'FISCAL_YEAR', 2025, 20),
    ('PARTNER_ORGANISATIONS', NULL, 'FISCAL_YEAR', 2026, 20),
    ('LIAISON_MEETINGS', NULL, 'FISCAL_YEAR', 2024, 6),
    ('LIAISON_MEETINGS', NULL, 'FISCAL_YEAR', 2025, 6),
    ('LIAISON_MEETINGS', NULL, 'FISCAL_YEAR', 2026, 6);
