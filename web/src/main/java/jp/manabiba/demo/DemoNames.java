package jp.manabiba.demo;

import java.util.List;
import java.util.Random;

/** Fictional names with their readings, for the demo programme. Any likeness to real people is chance. */
final class DemoNames {

    record Name(String name, String kana) {
    }

    static final List<Name> FAMILY = List.of(
            new Name("山田", "やまだ"), new Name("佐藤", "さとう"), new Name("鈴木", "すずき"), new Name("高橋", "たかはし"),
            new Name("田中", "たなか"), new Name("伊藤", "いとう"), new Name("渡辺", "わたなべ"), new Name("中村", "なかむら"),
            new Name("小林", "こばやし"), new Name("加藤", "かとう"), new Name("吉田", "よしだ"), new Name("山口", "やまぐち"),
            new Name("松本", "まつもと"), new Name("井上", "いのうえ"), new Name("木村", "きむら"), new Name("林", "はやし"),
            new Name("清水", "しみず"), new Name("森", "もり"), new Name("池田", "いけだ"), new Name("橋本", "はしもと"),
            new Name("グエン", "グエン"), new Name("サントス", "サントス"), new Name("キム", "キム"), new Name("シュレスタ", "シュレスタ"));

    static final List<Name> GIVEN = List.of(
            new Name("ひなた", "ひなた"), new Name("ゆうき", "ゆうき"), new Name("蓮", "れん"), new Name("陽葵", "ひまり"),
            new Name("湊", "みなと"), new Name("結衣", "ゆい"), new Name("蒼", "あおい"), new Name("芽依", "めい"),
            new Name("大翔", "ひろと"), new Name("さくら", "さくら"), new Name("悠真", "ゆうま"), new Name("凛", "りん"),
            new Name("颯太", "そうた"), new Name("美咲", "みさき"), new Name("健太", "けんた"), new Name("あかり", "あかり"),
            new Name("翔", "しょう"), new Name("葵", "あおい"), new Name("海斗", "かいと"), new Name("こはる", "こはる"),
            new Name("アン", "アン"), new Name("マリア", "マリア"), new Name("ミンジュン", "ミンジュン"), new Name("アシュ", "アシュ"));

    static final List<String> GUARDIAN_GIVEN = List.of("恵子", "明美", "真由美", "直樹", "由美", "隆", "智子", "洋子",
            "大輔", "美穂", "リン", "アナ");

    static final List<String> DISTRICTS = List.of("富田小学校区", "芥川小学校区", "五領小学校区", "阿武山小学校区",
            "竹の内小学校区", "第一中学校区", "第四中学校区");

    private DemoNames() {
    }

    static <T> T pick(List<T> from, Random random) {
        return from.get(random.nextInt(from.size()));
    }
}
