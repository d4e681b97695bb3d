package jp.manabiba.demo;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import jp.manabiba.people.HomeLanguage;
import jp.manabiba.surveys.QuestionDraft;
import jp.manabiba.surveys.QuestionKind;

/**
 * The demo surveys' questions, our own short writing: for children the やさしい日本語 line is what they read (with
 * furigana from the text engine; 居場所 spelled out, as its reading is not obvious), for guardians plain Japanese
 * without markup (it is shown as written under each question), for supporters English as well.
 */
final class DemoSurveyQuestions {

    private static final List<String> AGREE = List.of("まったくそう思わない", "そう思わない", "どちらともいえない", "そう思う",
            "とてもそう思う");
    private static final List<String> AGREE_CHILD = List.of("ぜんぜん ちがう", "ちがう", "わからない", "そう", "とても そう");
    private static final List<String> AGREE_PLAIN = List.of("まったく ちがう", "ちがう", "わからない", "そう おもう",
            "とても そう おもう");
    private static final List<String> AGREE_EN = List.of("Strongly disagree", "Disagree", "Neither", "Agree",
            "Strongly agree");

    private DemoSurveyQuestions() {
    }

    static List<QuestionDraft> children() {
        return List.of(
                child("居場所に来るのは楽しいですか。", "{居場所|いばしょ}に 来るのは 楽しい？"),
                child("学習会で、わからないことを聞くことができますか。", "学習会で、わからない ことを きけるかな？"),
                child("前より勉強が好きになりましたか。", "前より 勉強が すきに なった？"),
                child("町や地球のために、自分にできることをしてみたいですか。", "町や 地球の ために、できる ことを して みたい？"),
                new QuestionDraft(QuestionKind.MULTIPLE, false,
                        Map.of(HomeLanguage.JA, "居場所で好きなことを選んでください（いくつでも）。",
                                HomeLanguage.JA_EASY, "{居場所|いばしょ}で すきな ことは？（いくつでも）"),
                        Map.of(HomeLanguage.JA, List.of("勉強", "ごはん", "遊び", "友だちと話すこと"),
                                HomeLanguage.JA_EASY, List.of("べんきょう", "ごはん", "あそび", "友だちと はなす"))),
                new QuestionDraft(QuestionKind.FREE_TEXT, false,
                        Map.of(HomeLanguage.JA, "ほかに伝えたいことがあれば書いてください。",
                                HomeLanguage.JA_EASY, "ほかに 言いたい ことが あったら 書いてね"), Map.of()));
    }

    static List<QuestionDraft> supporters() {
        return List.of(
                new QuestionDraft(QuestionKind.LIKERT, true, texts("活動にやりがいを感じている",
                        "かつどうに やりがいが ある", "I find the activity worthwhile"),
                        options(AGREE, AGREE_PLAIN, AGREE_EN)),
                new QuestionDraft(QuestionKind.SINGLE, true, texts("研修は子どもと関わるときに役立っていますか",
                        "けんしゅうは こどもと かかわる ときに やくに たって いますか", "Does the training help you with the children?"),
                        options(List.of("役立っている", "少し役立っている", "あまり役立っていない"),
                                List.of("やくに たって いる", "すこし やくに たって いる", "あまり やくに たって いない"),
                                List.of("Yes", "A little", "Not much"))),
                new QuestionDraft(QuestionKind.FREE_TEXT, false, texts("運営への提案があれば書いてください",
                        "うんえいへの ていあんが あれば かいて ください", "Any suggestions for the organisers?"), Map.of()));
    }

    /** {@code changed}: the second question asked more precisely, as the demo's version 2. */
    static List<QuestionDraft> guardians(boolean changed) {
        return List.of(
                new QuestionDraft(QuestionKind.LIKERT, true, Map.of(HomeLanguage.JA,
                        "お子さんは居場所に通うのを楽しみにしていますか", HomeLanguage.JA_EASY,
                        "こどもは いばしょに いくのを たのしみに して いますか"),
                        Map.of(HomeLanguage.JA, AGREE, HomeLanguage.JA_EASY, AGREE_PLAIN)),
                new QuestionDraft(QuestionKind.SINGLE, true, Map.of(HomeLanguage.JA, changed
                                ? "居場所に通い始めてから、家庭での学習の様子は変わりましたか" : "家庭での学習の様子は変わりましたか",
                        HomeLanguage.JA_EASY, changed ? "いばしょに かよいはじめてから、いえで べんきょうする ようすは かわりましたか"
                                : "いえで べんきょうする ようすは かわりましたか"),
                        Map.of(HomeLanguage.JA, List.of("よくなった", "変わらない", "わからない"),
                                HomeLanguage.JA_EASY, List.of("よく なった", "かわらない", "わからない"))),
                new QuestionDraft(QuestionKind.MULTIPLE, false, Map.of(HomeLanguage.JA,
                        "今後あるとよい支援を選んでください", HomeLanguage.JA_EASY, "これから あると よい サポートを えらんで ください"),
                        Map.of(HomeLanguage.JA, List.of("学習支援", "食事の支援", "相談できる場", "進学の情報"),
                                HomeLanguage.JA_EASY, List.of("べんきょうの サポート", "ごはんの サポート", "そうだん できる ところ",
                                        "しんがくの じょうほう"))));
    }

    private static QuestionDraft child(String ja, String easy) {
        return new QuestionDraft(QuestionKind.LIKERT, true, Map.of(HomeLanguage.JA, ja, HomeLanguage.JA_EASY, easy),
                Map.of(HomeLanguage.JA, AGREE, HomeLanguage.JA_EASY, AGREE_CHILD));
    }

    private static Map<HomeLanguage, String> texts(String ja, String easy, String en) {
        return Map.of(HomeLanguage.JA, ja, HomeLanguage.JA_EASY, easy, HomeLanguage.EN, en);
    }

    private static Map<HomeLanguage, List<String>> options(List<String> ja, List<String> easy, List<String> en) {
        Map<HomeLanguage, List<String>> options = new EnumMap<>(HomeLanguage.class);
        options.put(HomeLanguage.JA, ja);
        options.put(HomeLanguage.JA_EASY, easy);
        options.put(HomeLanguage.EN, en);
        return options;
    }
}
