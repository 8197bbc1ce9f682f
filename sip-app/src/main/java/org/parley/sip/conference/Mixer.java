package org.parley.sip.conference;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The RTP mixer of every conference of this server, paced by one task every 20 ms (no thread per
 * participant or conference): each tick reads what every participant sent, takes 20 ms of each,
 * and sends every participant the sum of everyone else's (never their own), clipped to 16 bits and
 * encoded in their codec. A muted participant's audio is left out of the sum; their talking flag
 * follows their contribution. Bounded: at most {@code maxConferences} × {@code maxParticipants}
 * streams. Thread safety: the rooms are concurrent maps; SIP threads add, change and remove
 * streams, the tick (never running twice at once) does all the I/O.
 */
final class Mixer implements AutoCloseable {

    private static final Logger LOG = Logger.getLogger(Mixer.class.getName());

    private final MixerSettings settings;
    private final PortRange ports;
    private final TalkListener listener;
    private final Map<String, Map<String, MediaStream>> rooms = new ConcurrentHashMap<>();
    private final int[] mix = new int[MixerSettings.FRAME];
    private volatile ScheduledFuture<?> ticking;

    Mixer(MixerSettings settings, TalkListener listener) {
        this.settings = settings;
        this.ports = new PortRange(settings.host(), settings.firstPort(), settings.lastPort());
        this.listener = listener;
    }

    /** Starts the tick on {@code scheduler}. */
    void start(ScheduledExecutorService scheduler) {
        ticking = scheduler.scheduleAtFixedRate(this::tick, MixerSettings.FRAME_MILLIS, MixerSettings.FRAME_MILLIS,
                TimeUnit.MILLISECONDS);
    }

    /**
     * A stream for a participant (a new port, or the one they have), to offer or answer in SDP.
     *
     * @throws IOException when the conference is full, too many conferences run, or no port is free
     */
    synchronized MediaStream open(String conference, String user) throws IOException {
        var room = rooms.get(conference);
        if (room == null && rooms.size() >= settings.maxConferences()) {
            throw new IOException("The mixer runs " + settings.maxConferences() + " conferences already");
        }
        if (room != null && room.containsKey(user)) {
            return room.get(user);
        }
        if (room != null && room.size() >= settings.maxParticipants()) {
            throw new IOException("The conference has " + settings.maxParticipants() + " participants already");
        }
        var stream = new MediaStream(user, ports.open(), settings.talkingLevel());
        rooms.computeIfAbsent(conference, c -> new ConcurrentHashMap<>()).put(user, stream);
        return stream;
    }

    Optional<MediaStream> stream(String conference, String user) {
        var room = rooms.get(conference);
        return Optional.ofNullable(room == null ? null : room.get(user));
    }

    void connect(String conference, String user, InetSocketAddress remote, int payloadType) {
        stream(conference, user).ifPresent(s -> s.connect(remote, payloadType));
    }

    void mute(String conference, String user, boolean muted) {
        stream(conference, user).ifPresent(s -> s.mute(muted));
    }

    /** Removes a participant's stream and frees its port. */
    synchronized void remove(String conference, String user) {
        var room = rooms.get(conference);
        var stream = room == null ? null : room.remove(user);
        if (stream != null) {
            ports.release(stream.channel());
        }
        if (room != null && room.isEmpty()) {
            rooms.remove(conference);
        }
    }

    /** Removes every stream of a conference. */
    synchronized void close(String conference) {
        var room = rooms.remove(conference);
        if (room != null) {
            room.values().forEach(s -> ports.release(s.channel()));
        }
    }

    @Override
    public synchronized void close() {
        var task = ticking;
        if (task != null) {
            task.cancel(false);
        }
        List.copyOf(rooms.keySet()).forEach(this::close);
    }

    /** One 20 ms step of every conference; a failure in one conference leaves the others mixing. */
    void tick() {
        for (var room : rooms.entrySet()) {
            try {
                mixRoom(room.getKey(), List.copyOf(room.getValue().values()));
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, e, () -> "Conference " + room.getKey() + ": a mixer tick failed: " + e);
            }
        }
    }

    private void mixRoom(String conference, List<MediaStream> streams) {
        Arrays.fill(mix, 0);
        for (var s : streams) {
            try {
                s.receive();
            } catch (IOException e) {
                LOG.log(Level.FINE, "Conference {0}: RTP from {1} not read: {2}", new Object[] {conference, s.user, e});
            }
            var frame = s.take();
            if (frame != null) {
                for (int i = 0; i < MixerSettings.FRAME; i++) {
                    mix[i] += frame[i];
                }
            }
            if (s.talkChanged()) {
                listener.talking(conference, s.user, s.talking());
            }
        }
        for (var s : streams) {
            try {
                s.send(mix);
            } catch (IOException e) {
                LOG.log(Level.FINE, "Conference {0}: RTP to {1} not sent: {2}", new Object[] {conference, s.user, e});
            }
        }
    }
}
