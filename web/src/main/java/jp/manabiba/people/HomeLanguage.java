package jp.manabiba.people;

/** The language a household prefers to be contacted in (not the interface language). */
public enum HomeLanguage {
    JA,
    JA_EASY,
    KO,
    ZH,
    VI,
    NE,
    TL,
    EN
}
