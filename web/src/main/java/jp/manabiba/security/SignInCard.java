package jp.manabiba.security;

/** What a printed sign-in card shows a child: their name, username and password. Shown once, never stored. */
public record SignInCard(long accountId, String username, String password, String displayName) {
}
