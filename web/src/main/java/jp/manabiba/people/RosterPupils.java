package jp.manabiba.people;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import jp.manabiba.i18n.TextRules;
import jp.manabiba.schools.Grade;
import jp.manabiba.schools.PupilLinker;
import jp.manabiba.schools.RosterImport;
import jp.manabiba.schools.RosterOutcome;
import jp.manabiba.schools.RosterPreviewRow;
import jp.manabiba.schools.roster.RosterUser;
import org.jspecify.annotations.Nullable;

/**
 * Links roster pupils to the coordinator's enrolled learners: by roster id once linked; before that, a learner
 * with the same reading (family and given name, kana) and grade at the same school (or, with no school recorded,
 * the same written name) is proposed, and linked only when confirmed.
 */
final class RosterPupils implements PupilLinker {

    private final List<Learner> enrolled;

    RosterPupils(List<Learner> enrolled) {
        this.enrolled = enrolled;
    }

    @Override
    public RosterPreviewRow link(RosterUser pupil, @Nullable Long schoolId, @Nullable String homeClass, Map<String, Long> confirmed) {
        RosterPreviewRow row = linkRow(pupil, schoolId, homeClass, confirmed);
        return RosterImport.halfWidthKana(pupil) && row.messageKey() == null
                ? RosterImport.warned(row, RosterImport.KANA_NORMALISED) : row;
    }

    private RosterPreviewRow linkRow(RosterUser pupil, @Nullable Long schoolId, @Nullable String homeClass,
                                     Map<String, Long> confirmed) {
        Grade grade = pupil.grades().stream().map(Grade::ofCode).flatMap(Optional::stream).findFirst().orElse(null);
        Optional<Learner> linked = enrolled.stream().filter(l -> pupil.sourcedId().equals(l.rosterSourcedId())).findFirst();
        if (linked.isPresent() && !pupil.toBeDeleted() && RosterImport.longer(homeClass, Learner.HOME_CLASS_MAX)) {
            return homeClassTooLong(pupil, linked.get());
        }
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
                        && (grade == null || l.details().grade() == grade)
                        && sameSchool(l, pupil, schoolId))
                .findFirst();
        if (proposed.isEmpty()) {
            return anonymous(pupil);
        }
        Learner learner = proposed.get();
        if (RosterImport.longer(homeClass, Learner.HOME_CLASS_MAX)) {
            return homeClassTooLong(pupil, learner);
        }
        if (Objects.equals(confirmed.get(pupil.sourcedId()), learner.id())) {
            learner.linkRoster(pupil.sourcedId());
            learner.updateFromRoster(schoolId, grade, homeClass);
            return row(pupil, learner, RosterOutcome.UPDATE);
        }
        return row(pupil, learner, RosterOutcome.PROPOSED_MATCH);
    }

    private static RosterPreviewRow homeClassTooLong(RosterUser pupil, Learner learner) {
        return new RosterPreviewRow("users.csv", pupil.line(), "pupil", pupil.sourcedId(), learner.fullName(),
                RosterOutcome.REJECTED, RosterImport.TOO_LONG, List.of("metadata.jp.homeClass",
                String.valueOf(Learner.HOME_CLASS_MAX)), learner.id());
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

    /**
     * A learner recorded at a school is proposed only for a pupil of that school; a learner whose school is not
     * recorded yet only when the written name is the same as well. (Neither a learner nor a Japan Profile user
     * carries a birth date, so there is none to compare.)
     */
    private static boolean sameSchool(Learner learner, RosterUser pupil, @Nullable Long schoolId) {
        if (learner.schoolId() != null) {
            return learner.schoolId().equals(schoolId);
        }
        return sameReading(learner.details().familyName(), pupil.familyName())
                && sameReading(learner.details().givenName(), pupil.givenName());
    }

    /** Readings compare in hiragana without spaces: ヤマダ and やまだ are the same reading. */
    static boolean sameReading(String a, @Nullable String b) {
        return b != null && normalise(a).equals(normalise(b));
    }

    private static String normalise(String kana) {
        StringBuilder out = new StringBuilder();
        String.valueOf(TextRules.nfkc(kana)).codePoints()
                .filter(c -> !Character.isWhitespace(c))
                .map(c -> c >= 0x30A1 && c <= 0x30F6 ? c - 0x60 : c)
                .forEach(out::appendCodePoint);
        return out.toString();
    }
}
