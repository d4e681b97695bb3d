package jp.manabiba.outcomes.export;

import java.time.ZonedDateTime;
import java.util.List;

import jp.manabiba.i18n.ProgrammeZone;
import jp.manabiba.outcomes.chart.Chart;
import jp.manabiba.outcomes.chart.Figure;

/** A small report with the programme's own indicators; the site 富田ひろば counts 3 households, below the threshold. */
final class Reports {

    /** The count behind a suppressed cell, which must appear in no export. */
    static final int HIDDEN = 3;

    private Reports() {
    }

    /** The small-cell rule as the outcomes feature will apply it before a model is built. */
    static Figure households(int count) {
        return count < 5 ? Figure.suppressed() : Figure.of(count);
    }

    static ReportModel sample() {
        ReportSection households = new ReportSection("学びの支援", "HOUSEHOLDS_SUPPORTED", "学習支援を受けた世帯数",
                "年度内に学習支援の記録が1回以上ある世帯の数（重複なし）。", "世帯",
                List.of(ReportRow.of("本町食堂", households(23), 50),
                        ReportRow.of("富田ひろば", households(HIDDEN), 50),
                        ReportRow.of("=HYPERLINK(\"x\")", households(12))),
                new Chart.Bars("居場所ごとの支援世帯数", "本町食堂 23世帯、富田ひろば 5世帯未満", "世帯",
                        List.of(new Chart.Bar("本町食堂", households(23)), new Chart.Bar("富田ひろば", households(HIDDEN)))));
        ReportSection hours = new ReportSection("学びの支援", "SUPPORT_HOURS", "学習者あたりの支援時間",
                "学習会の出席記録から計算した、学習者1人あたりの平均支援時間。", "時間",
                List.of(ReportRow.of("ネットワーク全体", Figure.of(12.5))), null);
        ReportSection trained = new ReportSection("担い手の育成", "SUPPORTERS_TRAINED", "研修を修了した担い手",
                "研修コースを修了した担い手の延べ人数（プログラム開始からの累計）。", "人",
                List.of(ReportRow.of("保育士OG", Figure.of(38), 45), ReportRow.of("子育て層", Figure.of(46), 45),
                        ReportRow.of("大学生", Figure.of(1234), 40)),
                new Chart.Progress("目標に対する修了者数", "保育士OG 38人、子育て層 46人、大学生 1,234人", "人",
                        List.of(new Chart.ProgressRow("保育士OG", Figure.of(38), 45))));
        return new ReportModel("令和8年度 学びの支援 成果報告", List.of("NPO法人 たかつき居場所ネット", "富田こども食堂"),
                "2026年4月1日〜2027年3月31日", ZonedDateTime.of(2027, 4, 2, 9, 30, 0, 0, ProgrammeZone.TOKYO),
                List.of(households, hours, trained),
                List.of("各指標は Manabiba の記録から、作成日時の時点で計算しています。"),
                List.of("子どもや世帯を数える値が5未満のときは「<5」と表示し、数を示していません。"));
    }
}
