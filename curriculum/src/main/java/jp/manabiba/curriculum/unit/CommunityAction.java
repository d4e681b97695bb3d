package jp.manabiba.curriculum.unit;

import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;

/**
 * The unit's closing action in the child's own community: exactly one per unit, in its last lesson. The child
 * plans it (what, with whom, when) and later reports it (what happened, how long, what they learned); the app
 * asks those questions, the unit gives the prompt and a few examples.
 */
public record CommunityAction(String id, String prompt, List<String> examples) implements Activity {

    public static final String KIND = "community-action";

    public CommunityAction {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(prompt, "prompt");
        examples = List.copyOf(examples);
    }

    @Override
    public String kind() {
        return KIND;
    }

    @Override
    public List<String> childTexts() {
        return Stream.concat(Stream.of(prompt), examples.stream()).toList();
    }
}
