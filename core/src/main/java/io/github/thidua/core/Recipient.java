package io.github.thidua.core;

/**
 * Someone who can be commended: a {@link Collective}, an {@link Individual} or a {@link
 * Household}. Award records and proposals name recipients by their {@link #id()}.
 */
public interface Recipient {

    /**
     * Returns the stable id.
     *
     * @return the id
     */
    Id id();

    /**
     * Returns the name as people write it.
     *
     * @return the name
     */
    Name name();

    /**
     * Returns whether this is a collective, an individual or a household.
     *
     * @return the kind
     */
    RecipientKind recipientKind();
}
