package io.github.unifysequences.sandbox;

import java.util.UUID;

/**
 * One step of one enrollment, derived on demand from the enrollment's state and the sequence step
 * (4M+ of these exist in the large seed; none are stored unless edited).
 */
final class EnrollmentStepView {
    private static final long HOUR = 3_600_000L;
    private static final long DAY = 24 * HOUR;

    final Enrollment enrollment;
    final Model.Step step;
    final StepEdit edit;

    EnrollmentStepView(Enrollment enrollment, Model.Step step, StepEdit edit) {
        this.enrollment = enrollment;
        this.step = step;
        this.edit = edit;
    }

    /** Derived, not stored: a full step export holds millions of views, so each stays three references. */
    UUID id() {
        return Ids.enrollmentStep(enrollment.id, step.number());
    }

    private int position() {
        return step.number() - 1;
    }

    Enums.StepStatus status() {
        Enrollment e = enrollment;
        int i = position();
        if (e.status == Enums.EnrollmentStatus.DRAFT) {
            return Enums.StepStatus.NOT_STARTED;
        }
        if (e.status == Enums.EnrollmentStatus.IN_PROGRESS) {
            if (i < e.currentStep) {
                return Enums.StepStatus.FINISHED;
            }
            if (i > e.currentStep) {
                return Enums.StepStatus.NOT_STARTED;
            }
            return step.type() == Enums.StepType.AUTOMATIC_EMAIL
                    ? Enums.StepStatus.SCHEDULED
                    : Enums.StepStatus.PENDING;
        }
        return i <= e.currentStep && !(e.has(Enrollment.CANCELED) && i == e.currentStep)
                ? Enums.StepStatus.FINISHED
                : Enums.StepStatus.CANCELED;
    }

    /**
     * The step's position, 1-based, once it is due ({@code SCHEDULED}, {@code PENDING}) or has run
     * ({@code FINISHED}, {@code ERRORED}, {@code UNREACHABLE}); {@code null} before that and for a step cancelled
     * before it ran, as the spec describes {@code step_number} ("null until the step is expected to run or has
     * finished": with branching, the position is fixed only then).
     */
    Integer stepNumber() {
        Enums.StepStatus s = status();
        return s == Enums.StepStatus.NOT_STARTED || s == Enums.StepStatus.CANCELED ? null : step.number();
    }

    boolean editable() {
        Enums.StepStatus s = status();
        return s == Enums.StepStatus.NOT_STARTED || s == Enums.StepStatus.SCHEDULED || s == Enums.StepStatus.PENDING;
    }

    long startedAt() {
        Enums.StepStatus s = status();
        boolean begun =
                s == Enums.StepStatus.FINISHED || s == Enums.StepStatus.SCHEDULED || s == Enums.StepStatus.PENDING;
        return begun && enrollment.startedAt != Json.NO_TIME ? enrollment.startedAt + position() * DAY : Json.NO_TIME;
    }

    long endedAt() {
        long started = startedAt();
        return status() == Enums.StepStatus.FINISHED && started != Json.NO_TIME ? started + HOUR : Json.NO_TIME;
    }

    long updatedAt() {
        return edit != null ? Math.max(edit.editedAt(), enrollment.updatedAt) : enrollment.updatedAt;
    }

    UUID versionId() {
        return edit != null ? edit.versionId() : Ids.derived(id(), 1);
    }

    String subject() {
        return edit != null && edit.subject() != null ? edit.subject() : personalize(step.subject());
    }

    String fallbackSubject() {
        return edit != null && edit.fallbackSubject() != null ? edit.fallbackSubject() : step.fallbackSubject();
    }

    String body() {
        return edit != null && edit.body() != null ? edit.body() : personalize(step.body());
    }

    /** Whether this step is the one the enrollment ended on with a reply. */
    boolean isReplyStep() {
        return enrollment.has(Enrollment.REPLIED) && position() == enrollment.currentStep;
    }

    /** Resolves the two template tokens the seed uses, as the real API resolves them per person. */
    String personalize(String template) {
        if (template == null) {
            return null;
        }
        Model.Person p = enrollment.person;
        return template.replace("{{variable::person.firstName}}", p.firstName == null ? "there" : p.firstName)
                .replace("{{variable::company.name}}", p.company == null ? "your team" : p.company.name());
    }
}
