package jp.manabiba.training.certificate;

/** What a certificate is for: one module, or a whole track (the "trained" figure the targets count). */
public enum CompletionKind {
    MODULE,
    TRACK
}
