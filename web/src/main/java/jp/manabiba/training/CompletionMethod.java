package jp.manabiba.training;

/** What proved a completion. */
public enum CompletionMethod {
    QUIZ,
    ATTENDANCE,
    CERTIFICATE,
    /** Recorded by a coordinator from a record kept elsewhere (training done before Manabiba, a paper register). */
    RECORDED
}
