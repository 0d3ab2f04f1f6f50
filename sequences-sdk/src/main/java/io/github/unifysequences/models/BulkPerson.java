package io.github.unifysequences.models;

import java.util.Optional;

/**
 * The person of a Bulk API result row.
 *
 * @param id the person id
 * @param email the person's email address
 * @param firstName the first name, if known
 * @param lastName the last name, if known
 * @param linkedinUrl the LinkedIn profile, if known
 * @param company the person's company, if known
 */
public record BulkPerson(String id, String email, Optional<String> firstName, Optional<String> lastName,
        Optional<String> linkedinUrl, Optional<BulkCompany> company) {
}
