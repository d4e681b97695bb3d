package jp.manabiba.outcomes.chart;

import java.util.List;

/** Small charts for the tests, with the programme's own figures. */
final class Charts {

    private Charts() {
    }

    static Chart.Progress trainedSupporters() {
        return new Chart.Progress("研修を修了した担い手", "保育士OG 38人（目標45人）、子育て層は5人未満、大学生 41人（目標40人）", "人",
                List.of(new Chart.ProgressRow("保育士OG", Figure.of(38), 45),
                        new Chart.ProgressRow("子育て層", Figure.suppressed(), 45),
                        new Chart.ProgressRow("大学生", Figure.of(41), 40)));
    }

    static Chart.Bars householdsBySite() {
        return new Chart.Bars("居場所ごとの支援世帯数", "本町食堂 23世帯、富田ひろば 5世帯未満、<script>&\"高槻\" 12世帯", "世帯",
                List.of(new Chart.Bar("本町食堂", Figure.of(23)),
                        new Chart.Bar("富田ひろば", Figure.suppressed()),
                        new Chart.Bar("<script>&\"高槻\"", Figure.of(12))));
    }

    static Chart.Trend attendanceByMonth() {
        return new Chart.Trend("月ごとの参加児童数", "4月から9月までの参加児童数の推移", "人",
                List.of("4月", "5月", "6月", "7月", "8月", "9月"),
                List.of(new Chart.Series("小学生", List.of(Figure.of(12), Figure.of(15), Figure.suppressed(), Figure.of(18), Figure.of(20), Figure.of(22))),
                        new Chart.Series("中学生", List.of(Figure.of(8), Figure.of(9), Figure.of(11), Figure.of(10), Figure.suppressed(), Figure.of(13)))));
    }
}
