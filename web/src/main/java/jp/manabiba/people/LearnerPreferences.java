package jp.manabiba.people;

import jakarta.annotation.security.RolesAllowed;
import jp.manabiba.security.CurrentUser;
import jp.manabiba.security.Roles;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** A child's own screen settings (furigana, text size): only their own, only the settings a child may change. */
@Service
@RolesAllowed(Roles.LEARNER)
public class LearnerPreferences {

    private final LearnerRepository learners;
    private final CurrentUser currentUser;

    LearnerPreferences(LearnerRepository learners, CurrentUser currentUser) {
        this.learners = learners;
        this.currentUser = currentUser;
    }

    @Transactional(readOnly = true)
    public ChildSettings mine() {
        Learner me = me();
        return new ChildSettings(me.furigana(), me.textSize(), me.grade());
    }

    /** The child's name and its kana, for a greeting with the reading the family gave rather than a guess. */
    @Transactional(readOnly = true)
    public ChildName myName() {
        LearnerDetails details = me().details();
        return new ChildName(details.familyName(), details.givenName(), details.familyNameKana(), details.givenNameKana());
    }

    @Transactional
    public ChildSettings changeFurigana(FuriganaPreference furigana) {
        Learner me = me();
        me.chooseFurigana(furigana);
        return new ChildSettings(me.furigana(), me.textSize(), me.grade());
    }

    @Transactional
    public ChildSettings changeTextSize(TextSize size) {
        Learner me = me();
        me.chooseTextSize(size);
        return new ChildSettings(me.furigana(), me.textSize(), me.grade());
    }

    private Learner me() {
        return learners.findByAccountId(currentUser.require().accountId())
                .orElseThrow(PeopleAccess::refused);
    }
}
