package jp.manabiba.security;

/** Published when a Google or Microsoft sign-in is refused: for the audit trail and for operators' eyes. */
public record OidcSignInRefused(IdentityProvider provider, OidcRefusal refusal) {
}
