package org.parley.sip.conference;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.channels.DatagramChannel;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The even RTP ports of the configured range: each stream binds one, non-blocking, and gives it
 * back when it closes. Thread-safe: the ports in use are a concurrent set; the search cursor is
 * only a hint.
 */
final class PortRange {

    private final String host;
    private final int first;
    private final int count;
    private final Set<Integer> used = ConcurrentHashMap.newKeySet();
    private volatile int cursor;

    PortRange(String host, int firstPort, int lastPort) {
        this.host = host;
        this.first = firstPort + (firstPort & 1);
        this.count = (lastPort - first) / 2 + 1;
    }

    /** A channel bound to a free even port of the range. */
    DatagramChannel open() throws IOException {
        for (int i = 0; i < count; i++) {
            int port = first + 2 * Math.floorMod(cursor + i, count);
            if (!used.add(port)) {
                continue;
            }
            var channel = DatagramChannel.open();
            try {
                channel.bind(new InetSocketAddress(host, port));
                channel.configureBlocking(false);
                cursor = cursor + i + 1;
                return channel;
            } catch (IOException e) {
                channel.close();
                used.remove(port);
            }
        }
        throw new IOException("No free RTP port in " + first + "-" + (first + 2 * (count - 1)));
    }

    /** Gives the channel's port back and closes it. */
    void release(DatagramChannel channel) {
        try {
            var address = channel.getLocalAddress();
            channel.close();
            if (address instanceof InetSocketAddress a) {
                used.remove(a.getPort());
            }
        } catch (IOException e) {
            // closing a datagram channel does not fail in a way that leaves the port bound
        }
    }
}
