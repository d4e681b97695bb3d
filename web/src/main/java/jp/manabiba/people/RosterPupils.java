package jp.manabiba.people;

import java.text.Normalizer;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import jp.manabiba.people.roster.RosterUser;
import org.jspecify.annotations.Nullable;

/**
 * Links roster pupils to the coordinator's enrolled learners: by roster id once linked; before that, a learner
 * with the same reading (family and given name, kana) and grade is proposed, and linked only when confirmed.
 */
final class RosterPupils {

    private final List<Learner> enrolled;

    RosterPupils(List<Learner> enrolled) {
        this.enrolled = enrolled;
    }

    RosterPreviewRow link(RosterUser pupil, @Nullable Long schoolId, @Nullable String homeClass, Map<String, Long> confirmed) {
        Grade grade = pupil.grades().stream().map(Grade::ofCode).flatMap(Optional::stream).findFirst().orElse(null);
        Optional<Learner> linked = enrolled.stream().filter(l -> pupil.sourcedId().equals(l.rosterSourcedId())).findFirst();
        if (linked.isPresent()) {
            boolean changed = !pupil.toBeDeleted() && linked.get().updateFromRoster(schoolId, grade, homeClass);
            return row(pupil, linked.get(), changed ? RosterOutcome.UPDATE : RosterOutcome.UNCHANGED);
        }
        if (pupil.toBeDeleted()) {
            return anonymous(pupil);
        }
        Optional<Learner> proposed = enrolled.stream()
                .filter(l -> l.rosterSourcedId() == null)
                .filter(l -> sameReading(l.details().familyNameKana(), pupil.kanaFamilyName())
                        && sameReading(l.details().givenNameKana(), pupil.kanaGivenName())
                        && (grade == null || l.details().grade() == grade))
                .findFirst();
        if (proposed.isEmpty()) {
            return anonymous(pupil);
        }
        Learner learner = proposed.get();
        if (Objects.equals(confirmed.get(pupil.sourcedId()), learner.id())) {
            learner.linkRoster(pupil.sourcedId());
            learner.updateFromRoster(schoolId, grade, homeClass);
            return row(pupil, learner, RosterOutcome.UPDATE);
        }
        return row(pupil, learner, RosterOutcome.PROPOSED_MATCH);
    }

    /** A pupil who does not take part: counted, never named. */
    private static RosterPreviewRow anonymous(RosterUser pupil) {
        return new RosterPreviewRow("users.csv", pupil.line(), "pupil", pupil.sourcedId(), "", RosterOutcome.NOT_TAKING_PART,
                null, List.of(), null);
    }

    private static RosterPreviewRow row(RosterUser pupil, Learner learner, RosterOutcome outcome) {
        return new RosterPreviewRow("users.csv", pupil.line(), "pupil", pupil.sourcedId(), learner.fullName(), outcome,
                null, List.of(), learner.id());
    }

    /** Readings compare in hiragana without spaces: ヤマダ and やまだ are the same reading. */
    static boolean sameReading(String a, @Nullable String b) {
        return b != null && normalise(a).equals(normalise(b));
    }

    private static String normalise(String kana) {
        StringBuilder out = new StringBuilder();
        Normalizer.normalize(kana, Normalizer.Form.NFKC).codePoints()
                .filter(c -> !Character.isWhitespace(c))
                .map(c -> c >= 0x30A1 && c <= 0x30F6 ? c - 0x60 : c)
                .forEach(out::appendCodePoint);
        return out.toString();
    }
}
