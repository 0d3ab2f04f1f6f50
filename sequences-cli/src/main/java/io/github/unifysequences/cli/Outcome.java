package io.github.unifysequences.cli;

/**
 * What happened to one row of {@code enroll}.
 *
 * @param line the CSV line
 * @param personId the person
 * @param kind the kind of outcome
 * @param enrollmentId the new enrollment (enrolled), or the active one (already active); else empty
 * @param activeSequenceId the sequence the person is active in (already active); else empty
 * @param detail the reason (rejected, failed, invalid), or a note such as "earlier run" or {@link #AWAITING_APPROVAL}
 */
record Outcome(int line, String personId, Kind kind, String enrollmentId, String activeSequenceId, String detail) {
    /** The detail of an enrollment created as a draft: the sequence requires approval before anything runs. */
    static final String AWAITING_APPROVAL = "draft awaiting approval";

    /** The kinds of outcome, in report order. */
    enum Kind {
        /** Enrolled by this run or, per the journal, an earlier one. */
        ENROLLED("enrolled"),
        /** Already active in this run's sequence: counts as done. */
        ALREADY_ACTIVE("already active here"),
        /** Active in another sequence (409 conflict); the API allows one active enrollment per person. */
        ACTIVE_ELSEWHERE("active elsewhere"),
        /** Refused by the API for this person: opted out, do-not-email (400) or no such person (404). */
        REJECTED("opted out / rejected"),
        /** An error a rerun may not repeat: network, timeout, 5xx, 429 after retries. */
        FAILED("failed"),
        /** Not sent: the CSV row is unusable. */
        INVALID("invalid row");

        private final String label;

        Kind(String label) {
            this.label = label;
        }

        String label() {
            return label;
        }

        /** @return the word the journal and the report CSV use */
        String code() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }

        /** @return whether a row with this outcome needs nothing more */
        boolean done() {
            return this == ENROLLED || this == ALREADY_ACTIVE;
        }
    }
}
