package org.parley.people.internal;

import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The time zone of each office, from a list such as {@code London=Europe/London,Tokyo=Asia/Tokyo}
 * (office names ignore case). Entries that do not parse are logged and left out.
 */
final class OfficeZones {

    private static final Logger LOG = Logger.getLogger(OfficeZones.class.getName());

    private final Map<String, ZoneId> zones = new HashMap<>();

    OfficeZones(String table) {
        if (table == null) {
            return;
        }
        for (var item : table.split(",")) {
            int eq = item.indexOf('=');
            if (eq <= 0) {
                continue;
            }
            var office = item.substring(0, eq).trim().toLowerCase(Locale.ROOT);
            try {
                zones.put(office, ZoneId.of(item.substring(eq + 1).trim()));
            } catch (DateTimeException e) {
                LOG.log(Level.WARNING, "Office time zone {0} is not a time zone; left out", item);
            }
        }
    }

    Optional<ZoneId> of(String office) {
        return Optional.ofNullable(zones.get(office.trim().toLowerCase(Locale.ROOT)));
    }
}
