package jp.manabiba.demo;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import jp.manabiba.assignments.AssignmentDraft;
import jp.manabiba.assignments.ChoiceDraft;
import jp.manabiba.assignments.QuestionDraft;
import jp.manabiba.assignments.QuestionKind;
import jp.manabiba.assignments.Review.Outcome;
import jp.manabiba.assignments.ShortAnswerRules;
import jp.manabiba.demo.DemoActors.Actor;
import jp.manabiba.demo.DemoWorkSteps.Marked;
import jp.manabiba.demo.DemoWorkSteps.Reply;
import jp.manabiba.i18n.ProgrammeZone;
import jp.manabiba.security.Role;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.stereotype.Component;

/**
 * The demo's assignments, so that whoever signs in sees the loop at once: the tutor's work given to the demo
 * children in every state (new, a draft saved, handed in and waiting in the tutor's queue, returned with a
 * comment, done with scores and comments), tutor2's for アン, and the teacher's for the consented pupils. Due
 * times count from the day the demo is made. Made once: nothing when the tutor has any work already.
 */
@Component
@ConditionalOnBooleanProperty("manabiba.demo.enabled")
class DemoWork {

    private static final String TIMES_TABLE = "{九九|くく}の れんしゅう";
    private static final LocalTime DUE_AT = LocalTime.of(18, 0);

    private final DemoActors actors;
    private final DemoWorkSteps steps;
    private final Clock clock;

    DemoWork(DemoActors actors, DemoWorkSteps steps, Clock clock) {
        this.actors = actors;
        this.steps = steps;
        this.clock = clock;
    }

    void seedOnce() {
        Optional<Actor> tutor = actors.find("tutor", Role.TUTOR);
        Optional<Actor> tutor2 = actors.find("tutor2", Role.TUTOR);
        Optional<Actor> teacher = actors.find("teacher", Role.TEACHER);
        Optional<Actor> hinata = actors.find("learner", Role.LEARNER);
        Optional<Actor> yuki = actors.find("learner2", Role.LEARNER);
        Optional<Actor> an = actors.find("learner3", Role.LEARNER);
        if (tutor.isEmpty() || tutor2.isEmpty() || teacher.isEmpty() || hinata.isEmpty() || yuki.isEmpty()
                || an.isEmpty() || steps.anyWorkOf(tutor.get())) {
            return;
        }
        Set<Long> both = Set.of(actors.learnerOf(hinata.get()), actors.learnerOf(yuki.get()));
        timesTable(tutor.get(), hinata.get(), yuki.get(), both);
        words(tutor.get(), hinata.get(), yuki.get(), both);
        lengths(tutor.get(), hinata.get(), both);
        foodLoss(tutor.get(), hinata.get(), both);
        katakana(tutor2.get(), an.get());
        steps.publish(teacher.get(), draft("{算数|さんすう}の ふくしゅう（{学校|がっこう}から）",
                "{学校|がっこう}で ならった ことの ふくしゅうです。", 6, both,
                QuestionDraft.number("25 + 17 は いくつ？", 5, "42", null, null),
                QuestionDraft.choice(false, "{三角形|さんかくけい}の かどは いくつ？", 5,
                        new ChoiceDraft("3つ", true), new ChoiceDraft("4つ", false))));
    }

    /** ひなた: done, with scores and comments; ゆうき: handed in, waiting in the tutor's queue. */
    private void timesTable(Actor tutor, Actor hinata, Actor yuki, Set<Long> children) {
        long id = steps.publish(tutor, draft(TIMES_TABLE, "{九九|くく}を つかって こたえよう。ゆっくりで だいじょうぶ。",
                2, children,
                QuestionDraft.number("7 × 8 は いくつ？", 5, "56", null, null),
                QuestionDraft.choice(false, "6 × 4 と おなじ こたえは どれ？", 5, new ChoiceDraft("3 × 8", true),
                        new ChoiceDraft("5 × 5", false), new ChoiceDraft("4 × 7", false)),
                QuestionDraft.open(QuestionKind.LONG_TEXT, "{九九|くく}で むずかしいと おもう だんを かこう。", 5, true)));
        long hers = steps.submissionOf(hinata, id);
        steps.submit(hinata, hers, Reply.text("５６"), Reply.choose("3 × 8"),
                Reply.text("7のだんが むずかしい。7×6と 7×8を まちがえる。"));
        steps.review(tutor, hers, Outcome.DONE, "よく できました！ 7の だんも すこしずつ おぼえようね。",
                new Marked(3, 5, "どこが むずかしいか じぶんで わかって いるのが すごいね。"));
        steps.submit(yuki, steps.submissionOf(yuki, id), Reply.text("56"), Reply.choose("5 × 5"),
                Reply.text("6のだんは かんたん。9のだんが むずかしい。"));
    }

    /** ひなた: returned for another try, with a comment; ゆうき: done. */
    private void words(Actor tutor, Actor hinata, Actor yuki, Set<Long> children) {
        long id = steps.publish(tutor, draft("ことばの もんだい", "よく よんでから こたえよう。", 3, children,
                QuestionDraft.shortText("「{川|かわ}」の よみかたを ひらがなで かこう。", 5,
                        new ShortAnswerRules(true, true, true), "かわ"),
                QuestionDraft.choice(true, "{食|た}べものは どれ？ ぜんぶ えらぼう。", 5, new ChoiceDraft("りんご", true),
                        new ChoiceDraft("えんぴつ", false), new ChoiceDraft("おにぎり", true)),
                QuestionDraft.open(QuestionKind.LONG_TEXT, "「もったいない」と おもった ことを かこう。", 10, true)));
        long hers = steps.submissionOf(hinata, id);
        steps.submit(hinata, hers, Reply.text("かは"), Reply.choose("りんご"), Reply.text("きゅうしょく"));
        steps.review(tutor, hers, Outcome.RETURN, "もう いちど ちょうせん してね。{川|かわ}の よみかたを たしかめよう。",
                new Marked(1, null, "「か」の つぎの もじを よく みてね。"),
                new Marked(3, 3, "どんな ときに そう おもったか、もう すこし かいて みよう。"));
        long his = steps.submissionOf(yuki, id);
        steps.submit(yuki, his, Reply.text("かわ"), Reply.choose("りんご", "おにぎり"),
                Reply.text("きゅうしょくの パンを のこした とき。つぎは ぜんぶ たべたい。"));
        steps.review(tutor, his, Outcome.DONE, "ぜんもん せいかい！ {自分|じぶん}の ことばで かけて いるね。",
                new Marked(3, 9, "つぎに どうするかまで かけて いて いいね。"));
    }

    /** ひなた: a draft saved (a number typed with the IME's full-width digits); ゆうき: not opened yet. */
    private void lengths(Actor tutor, Actor hinata, Set<Long> children) {
        long id = steps.publish(tutor, draft("{長|なが}さの たんい", "ものさしを よういしてね。", 5, children,
                QuestionDraft.number("1m は なん cm？", 5, "100", null, "cm"),
                QuestionDraft.shortText("{長|なが}さの たんいを 1つ かこう（cm いがいで）。", 5, ShortAnswerRules.DEFAULT,
                        "mm", "m", "km"),
                QuestionDraft.open(QuestionKind.LONG_TEXT, "いえで いちばん {長|なが}い ものは なにかな。", 5, true)));
        steps.answer(hinata, steps.submissionOf(hinata, id), Reply.text("１００"), Reply.SKIP,
                Reply.text("ベッドかな。あした はかって みる。"));
    }

    /** ひなた: handed in, waiting in the tutor's queue; ゆうき: new. */
    private void foodLoss(Actor tutor, Actor hinata, Set<Long> children) {
        long id = steps.publish(tutor, draft("しょくひんロスを しらべよう",
                "いえの {人|ひと}にも きいて みよう。", 7, children,
                QuestionDraft.choice(false, "まだ {食|た}べられるのに すてられる {食|た}べものを なんと いう？", 5,
                        new ChoiceDraft("しょくひんロス", true), new ChoiceDraft("リサイクル", false),
                        new ChoiceDraft("ちさんちしょう", false)),
                QuestionDraft.open(QuestionKind.LONG_TEXT, "いえで のこりやすい {食|た}べものを 1つ かこう。", 5, true)));
        steps.submit(hinata, steps.submissionOf(hinata, id), Reply.choose("しょくひんロス"),
                Reply.text("パンの みみ。おかあさんは ラスクに するよ。"));
    }

    /** アン (tutor2's child): a draft saved. */
    private void katakana(Actor tutor2, Actor an) {
        long id = steps.publish(tutor2, draft("カタカナと けいさん", "わからない ときは きいてね。", 4,
                Set.of(actors.learnerOf(an)),
                QuestionDraft.shortText("「ぱん」を カタカナで かこう。", 5, ShortAnswerRules.DEFAULT, "パン"),
                QuestionDraft.number("10 ひく 3 は いくつ？", 5, "7", null, null)));
        steps.answer(an, steps.submissionOf(an, id), Reply.text("パン"));
    }

    private AssignmentDraft draft(String title, String instructions, int dueInDays, Set<Long> learners,
                                  QuestionDraft... questions) {
        LocalDate today = LocalDate.now(clock.withZone(ProgrammeZone.TOKYO));
        return new AssignmentDraft(null, title, instructions, today.plusDays(dueInDays).atTime(DUE_AT),
                List.of(questions), learners, Set.of());
    }
}
