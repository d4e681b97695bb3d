-- 40 children of the demo's first organisation, each with an account that shares the demo password, all enrolled
-- in one session at the demo's learning room that started a minute ago, run by the demo tutor.
SET @hash = (SELECT password_hash FROM account WHERE username = 'learner');
SET @household = (SELECT household_id FROM learner l JOIN account a ON a.id = l.account_id WHERE a.username = 'learner');
INSERT INTO account (username, display_name, password_hash, locale, enabled, created_at)
SELECT CONCAT('rush', n), CONCAT('ラッシュ ', n), @hash, 'ja', TRUE, UTC_TIMESTAMP(6)
FROM (SELECT 1 + a.i + 10 * b.i AS n FROM
      (SELECT 0 i UNION SELECT 1 UNION SELECT 2 UNION SELECT 3 UNION SELECT 4 UNION SELECT 5 UNION SELECT 6 UNION SELECT 7 UNION SELECT 8 UNION SELECT 9) a,
      (SELECT 0 i UNION SELECT 1 UNION SELECT 2 UNION SELECT 3) b) numbers;
INSERT INTO account_role (account_id, role) SELECT id, 'LEARNER' FROM account WHERE username LIKE 'rush%';
INSERT INTO learner (household_id, family_name, given_name, family_name_kana, given_name_kana, grade, furigana, account_id, created_at)
SELECT @household, 'ラッシュ', SUBSTRING(username, 5), 'らっしゅ', 'こ', 'P4', 'ALL', id, UTC_TIMESTAMP(6) FROM account WHERE username LIKE 'rush%';
INSERT INTO tutoring_session (organisation_id, title, site_id, starts_at, ends_at, capacity)
VALUES (1, 'ベンチ 学習会', (SELECT id FROM site WHERE name LIKE 'まなびルーム%'), UTC_TIMESTAMP(6) - INTERVAL 1 MINUTE,
        UTC_TIMESTAMP(6) + INTERVAL 90 MINUTE, 40);
SET @session = LAST_INSERT_ID();
INSERT INTO session_learner SELECT @session, l.id FROM learner l JOIN account a ON a.id = l.account_id WHERE a.username LIKE 'rush%';
INSERT INTO session_supporter SELECT @session, s.id FROM supporter s JOIN account a ON a.id = s.account_id WHERE a.username = 'tutor';
SELECT @session AS session;
