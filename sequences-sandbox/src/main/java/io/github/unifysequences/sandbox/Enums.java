package io.github.unifysequences.sandbox;

import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.stream.Collectors;

/** The spec's enums, with exactly its spellings. */
final class Enums {
    private Enums() {}

    enum EnrollmentStatus {
        DRAFT,
        IN_PROGRESS,
        FINISHED
    }

    enum StepStatus {
        NOT_STARTED,
        SCHEDULED,
        PENDING,
        FINISHED,
        CANCELED,
        ERRORED,
        UNREACHABLE
    }

    /** {@code SequenceEnrollmentStepType}; {@code SequenceStepType} is the same list without ZAPIER. */
    enum StepType {
        AUTOMATIC_EMAIL,
        MANUAL_EMAIL,
        ACTION_ITEM,
        ZAPIER,
        PHONE_CALL,
        MANUAL_LINKEDIN_PROFILE_VIEW,
        MANUAL_LINKEDIN_CONNECTION,
        MANUAL_LINKEDIN_MESSAGE;

        boolean isEmail() {
            return this == AUTOMATIC_EMAIL || this == MANUAL_EMAIL;
        }
    }

    enum JobStatus {
        IN_PROGRESS,
        FINISHED,
        FAILED,
        EXPIRED,
        CANCELED
    }

    static final Set<String> ENROLLMENT_STATUSES = names(EnrollmentStatus.class);
    static final Set<String> STEP_STATUSES = names(StepStatus.class);
    static final Set<String> ENROLLMENT_STEP_TYPES = names(StepType.class);
    static final Set<String> SEQUENCE_STEP_TYPES = ENROLLMENT_STEP_TYPES.stream()
            .filter(t -> !t.equals("ZAPIER"))
            .collect(Collectors.toCollection(LinkedHashSet::new));
    static final Set<String> JOB_STATUSES = names(JobStatus.class);

    private static Set<String> names(Class<? extends Enum<?>> type) {
        return Arrays.stream(type.getEnumConstants())
                .map(Enum::name)
                .collect(Collectors.toCollection(LinkedHashSet::new));
    }
}
