package jp.manabiba.training;

/**
 * A target in force and where it comes from: an organisation's own, the network's as an administrator set it, or
 * the programme's default. An organisation without a target of its own is shown against the network's.
 */
public record Goal(int count, Source source) {

    public enum Source {
        ORGANISATION,
        NETWORK,
        DEFAULT
    }
}
