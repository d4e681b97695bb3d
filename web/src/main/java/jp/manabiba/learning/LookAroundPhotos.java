package jp.manabiba.learning;

import java.time.Clock;
import java.time.temporal.ChronoUnit;

import jakarta.annotation.security.RolesAllowed;
import jp.manabiba.audit.AuditAction;
import jp.manabiba.audit.AuditLog;
import jp.manabiba.base.files.CheckedFile;
import jp.manabiba.base.files.FileContent;
import jp.manabiba.base.files.UploadChecks;
import jp.manabiba.base.files.UploadKind;
import jp.manabiba.curriculum.unit.LookAround;
import jp.manabiba.curriculum.unit.PhotoPolicy;
import jp.manabiba.security.CurrentUser;
import jp.manabiba.security.Role;
import jp.manabiba.security.Roles;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Photos of look-around activities: the child adds one (of a unit given to them, to a look-around that asks for a
 * photo), a new one replaces it; the child, and the adults who may read the child's written reflections
 * ({@code LearningAccess.reflectionsReadable}: matched tutors and volunteers, the organisation's coordinators,
 * teachers only with the household's consent to share learning records), get it back. Every photo goes through base.files: type from the content, size, re-encoded without EXIF.
 */
@Service
public class LookAroundPhotos {

    static final String SCREEN = "look-around-photo";

    private final AssignedUnits assigned;
    private final ActivityPhotoRepository photos;
    private final LearningAccess access;
    private final CurrentUser currentUser;
    private final AuditLog audit;
    private final Clock clock;

    LookAroundPhotos(AssignedUnits assigned, ActivityPhotoRepository photos, LearningAccess access,
                     CurrentUser currentUser, AuditLog audit, Clock clock) {
        this.assigned = assigned;
        this.photos = photos;
        this.access = access;
        this.currentUser = currentUser;
        this.audit = audit;
        this.clock = clock;
    }

    /** Keeps the photo; refusals of the file itself under the activity id ({@code upload.error.*}). */
    @Transactional
    @RolesAllowed(Roles.LEARNER)
    public LookAroundPhoto attach(String unitId, String activityId, String fileName, byte[] bytes) {
        long me = access.myLearner();
        boolean asks = assigned.require(me, unitId, LessonWork.SCREEN).unit().activity(activityId)
                .map(a -> a instanceof LookAround look && look.photo() != PhotoPolicy.NONE).orElse(false);
        if (!asks) {
            throw access.refused("learner", me, SCREEN);
        }
        CheckedFile checked = UploadChecks.check(activityId, fileName, bytes, UploadKind.PHOTO);
        ActivityPhoto photo = photos.findByLearnerIdAndUnitIdAndActivityId(me, unitId, activityId)
                .orElseGet(() -> new ActivityPhoto(me, unitId, activityId));
        photo.replace(checked, clock.instant().truncatedTo(ChronoUnit.MICROS));
        return photos.saveAndFlush(photo).toRef();
    }

    /** The photo ({@code thumbnail}: its small picture) for whoever may see it; any other id refused and audited. */
    @Transactional
    @RolesAllowed({Roles.LEARNER, Roles.TUTOR, Roles.VOLUNTEER, Roles.TEACHER, Roles.COORDINATOR, Roles.ADMIN})
    public FileContent read(long photoId, boolean thumbnail) {
        long learner = photos.learnerOf(photoId).orElseThrow(() -> access.refused("activity-photo", photoId, SCREEN));
        var user = currentUser.require();
        if (user.hasRole(Role.LEARNER)) {
            if (access.myLearnerIfAny().filter(me -> me == learner).isEmpty()) {
                throw access.refused("activity-photo", photoId, SCREEN);
            }
        } else {
            if (!access.reflectionsReadable(java.util.List.of(learner)).contains(learner)) {
                throw access.refused("activity-photo", photoId, SCREEN);
            }
            audit.record(AuditAction.READ, "activity-photo", photoId, SCREEN);
        }
        if (thumbnail) {
            Object[] row = photos.thumbnail(photoId).getFirst();
            return new FileContent((String) row[0], "image/jpeg", (byte[]) row[1]);
        }
        Object[] row = photos.content(photoId).getFirst();
        return new FileContent((String) row[0], (String) row[1], (byte[]) row[2]);
    }
}
