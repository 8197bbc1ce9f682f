package org.parley.telephony.internal;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.logging.Level;
import java.util.logging.Logger;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.EJB;
import jakarta.ejb.Local;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.parley.error.ParleyException;
import org.parley.telephony.ConferenceControl;
import org.parley.telephony.ConferenceHost;
import org.parley.telephony.ConferenceHostStore;
import org.parley.telephony.ConferenceRelay;
import org.parley.telephony.ConferenceService;
import org.parley.telephony.ConferenceView;
import org.parley.telephony.ParticipantState;
import org.parley.telephony.internal.ConferenceCall.Op;

/**
 * Conference calls across a cluster: each conference is hosted by one server (its SIP edge mixes
 * it, its board holds the state), recorded as a lease in the shared database that the host renews
 * every {@code parley.conference.hostRenewSeconds}. A conference started here is hosted here; a
 * request about a conference another server holds (a meeting's "Join audio", mute, hang up, end,
 * the state) is relayed to that server and answered with its answer; a host whose lease lapsed
 * ({@code parley.conference.hostTimeoutSeconds}, its server gone with the calls it mixed) is taken
 * over by the next server that starts the conference. The edge's own reports stay local.
 * Thread safety: stateless apart from the container's timer; the store and the relay are thread-safe.
 */
@Singleton
@Startup
@Local(ConferenceService.class)
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class ConferenceRouter implements ConferenceService {

    private static final Logger LOG = Logger.getLogger(ConferenceRouter.class.getName());

    @EJB
    LocalConferences local;

    @Inject
    ConferenceHostStore hosts;

    @Inject
    ConferenceRelay relay;

    @Resource
    TimerService timers;

    @Inject
    @ConfigProperty(name = "parley.server.id", defaultValue = "parley")
    String serverId;

    @Inject
    @ConfigProperty(name = "parley.conference.hostRenewSeconds", defaultValue = "10")
    int renewSeconds;

    @Inject
    @ConfigProperty(name = "parley.conference.hostTimeoutSeconds", defaultValue = "30")
    int timeoutSeconds;

    @PostConstruct
    void start() {
        long interval = Duration.ofSeconds(renewSeconds).toMillis();
        timers.createIntervalTimer(interval, interval, new TimerConfig("conference-hosts", false));
    }

    /** Renews the leases of the conferences this server holds and drops those of conferences over. */
    @Timeout
    void renew() {
        try {
            hosts.renew(serverId, local.hosted(), Instant.now());
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Conference leases not renewed; the next round retries", e);
        }
    }

    @Override
    public ConferenceView startFromChat(String user, String conversationId) {
        return hostedHere(local.startFromChat(user, conversationId));
    }

    @Override
    public ConferenceView startWith(String user, Set<String> users) {
        return hostedHere(local.startWith(user, users));
    }

    @Override
    public ConferenceView startFromMeeting(String user, String meetingId) {
        var call = new ConferenceCall(Op.START_FROM_MEETING, user, meetingId, "", false);
        return meetingHost(meetingId).map(h -> ConferenceCall.viewOf(relay.call(h, call.toJson())))
                .orElseGet(() -> local.startFromMeeting(user, meetingId));
    }

    @Override
    public ConferenceView joinMeeting(String user, String meetingId) {
        var call = new ConferenceCall(Op.JOIN_MEETING, user, meetingId, "", false);
        return meetingHost(meetingId).map(h -> ConferenceCall.viewOf(relay.call(h, call.toJson())))
                .orElseGet(() -> local.joinMeeting(user, meetingId));
    }

    @Override
    public String meetingAddress(String meetingId) {
        return hostedElsewhere(ConferenceServiceBean.MEETING_PREFIX + meetingId)
                .orElseGet(() -> local.meetingAddress(meetingId));
    }

    @Override
    public ConferenceView get(String user, String conference) {
        return at(conference, new ConferenceCall(Op.GET, user, conference, "", false), ConferenceCall::viewOf,
                () -> local.get(user, conference));
    }

    @Override
    public ConferenceView mute(String user, String conference, String participant, boolean muted) {
        return at(conference, new ConferenceCall(Op.MUTE, user, conference, participant, muted), ConferenceCall::viewOf,
                () -> local.mute(user, conference, participant, muted));
    }

    @Override
    public ConferenceView muteAll(String user, String conference) {
        return at(conference, new ConferenceCall(Op.MUTE_ALL, user, conference, "", false), ConferenceCall::viewOf,
                () -> local.muteAll(user, conference));
    }

    @Override
    public ConferenceView hangUp(String user, String conference, String participant) {
        return at(conference, new ConferenceCall(Op.HANG_UP, user, conference, participant, false), ConferenceCall::viewOf,
                () -> local.hangUp(user, conference, participant));
    }

    @Override
    public void end(String user, String conference) {
        at(conference, new ConferenceCall(Op.END, user, conference, "", false), answer -> {
            ConferenceCall.refusal(answer);
            return null;
        }, () -> {
            local.end(user, conference);
            return null;
        });
    }

    @Override
    public boolean muteInMeeting(String meetingId, String participant, boolean muted) {
        return at(ConferenceServiceBean.MEETING_PREFIX + meetingId,
                new ConferenceCall(Op.MUTE_IN_MEETING, "", meetingId, participant, muted), ConferenceCall::flagOf,
                () -> local.muteInMeeting(meetingId, participant, muted));
    }

    @Override
    public boolean muteAllInMeeting(String meetingId, String except) {
        return at(ConferenceServiceBean.MEETING_PREFIX + meetingId,
                new ConferenceCall(Op.MUTE_ALL_IN_MEETING, "", meetingId, except, false), ConferenceCall::flagOf,
                () -> local.muteAllInMeeting(meetingId, except));
    }

    /** A dial-in that reached this edge: a meeting's conference it starts is hosted here. */
    @Override
    public boolean admit(String conference, String user) {
        if (conference.startsWith(ConferenceServiceBean.MEETING_PREFIX)) {
            var meetingId = conference.substring(ConferenceServiceBean.MEETING_PREFIX.length());
            if (claim(conference, local.meetingAddress(meetingId)).isPresent()) {
                throw new ParleyException.Conflict("hosted-elsewhere",
                        "Another server started this conference just now; dial again");
            }
        }
        return local.admit(conference, user);
    }

    @Override
    public Optional<String> hostedElsewhere(String conference) {
        return elsewhere(conference).map(ConferenceHost::address);
    }

    @Override
    public boolean isParticipant(String conference, String user) {
        return local.isParticipant(conference, user);
    }

    @Override
    public Optional<ConferenceView> state(String conference) {
        return local.state(conference);
    }

    @Override
    public void progressed(String conference, String user, ParticipantState state, String reason) {
        local.progressed(conference, user, state, reason);
    }

    @Override
    public void talking(String conference, String user, boolean talking) {
        local.talking(conference, user, talking);
    }

    @Override
    public void attach(ConferenceControl control) {
        local.attach(control);
    }

    @Override
    public void detach(ConferenceControl control) {
        local.detach(control);
    }

    /** A conference that started here: its lease is this server's (its id is new, nobody else holds it). */
    private ConferenceView hostedHere(ConferenceView started) {
        claim(started.id(), started.address());
        return started;
    }

    /**
     * The server to relay a meeting's conference request to; empty when it is hosted here, now
     * that this server holds its lease (taken before the conference starts, so that a "Join
     * audio" on another server at the same moment is relayed here instead of starting a second).
     */
    private Optional<String> meetingHost(String meetingId) {
        var conference = ConferenceServiceBean.MEETING_PREFIX + meetingId;
        var host = elsewhere(conference);
        if (host.isPresent()) {
            return Optional.of(host.get().server());
        }
        return claim(conference, local.meetingAddress(meetingId));
    }

    /** Takes the lease for this server; returns the other server that holds it, if one does. */
    private Optional<String> claim(String conference, String address) {
        var timeout = Duration.ofSeconds(timeoutSeconds);
        ConferenceHost host;
        try {
            host = hosts.claim(conference, serverId, address, Instant.now(), timeout);
        } catch (RuntimeException first) {
            // Another server inserted the same new conference at the same moment: read the winner.
            try {
                host = hosts.claim(conference, serverId, address, Instant.now(), timeout);
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "The lease of conference " + conference + " could not be taken", e);
                throw new ParleyException.Unavailable("The database cannot record the conference now");
            }
        }
        return host.server().equals(serverId) ? Optional.empty() : Optional.of(host.server());
    }

    /** The host of a conference when it is another server whose lease holds. */
    private Optional<ConferenceHost> elsewhere(String conference) {
        try {
            return hosts.find(conference)
                    .filter(h -> !h.server().equals(serverId) && h.holds(Instant.now(), Duration.ofSeconds(timeoutSeconds)));
        } catch (RuntimeException e) {
            LOG.log(Level.FINE, "Conference host of {0} not read: {1}", new Object[] {conference, e});
            return Optional.empty();
        }
    }

    /** {@code call} answered by the conference's host when that is another server, else {@code here}. */
    private <T> T at(String conference, ConferenceCall call, Function<JsonObject, T> read, Supplier<T> here) {
        var host = elsewhere(conference);
        return host.isPresent() ? read.apply(relay.call(host.get().server(), call.toJson())) : here.get();
    }
}
