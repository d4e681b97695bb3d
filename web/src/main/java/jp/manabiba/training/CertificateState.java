package jp.manabiba.training;

/** An uploaded certificate's way through a coordinator's hands. */
public enum CertificateState {
    SUBMITTED,
    APPROVED,
    REFUSED
}
