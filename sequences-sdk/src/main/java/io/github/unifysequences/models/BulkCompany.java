package io.github.unifysequences.models;

import java.util.Optional;

/**
 * The company of the person in a Bulk API result row.
 *
 * @param id the company id
 * @param name the company name, if known
 * @param domain the company's web domain
 * @param linkedinUrl the company's LinkedIn page, if known
 */
public record BulkCompany(String id, Optional<String> name, String domain, Optional<String> linkedinUrl) {
}
