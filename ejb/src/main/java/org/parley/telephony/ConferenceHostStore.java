package org.parley.telephony;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;

/** Where the cluster's conferences are hosted: one lease per conference, shared by every server. */
public interface ConferenceHostStore {

    /** The conference's host, whether or not its lease still holds; empty when none was recorded. */
    Optional<ConferenceHost> find(String conference);

    /**
     * Takes the lease of a conference for {@code server} unless another server holds it at
     * {@code now}: a new conference, one this server hosts already (renewed) or one whose host let
     * its lease lapse (taken over). Atomic across servers.
     *
     * @return the host after the claim: {@code server}, or the other server that holds the lease
     */
    ConferenceHost claim(String conference, String server, String address, Instant now, Duration timeout);

    /** Renews the leases {@code server} holds for {@code running} and drops its others (conferences over). */
    void renew(String server, Set<String> running, Instant now);
}
