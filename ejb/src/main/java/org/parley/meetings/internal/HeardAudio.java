package org.parley.meetings.internal;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.DependsOn;
import jakarta.ejb.EJB;
import jakarta.ejb.LocalBean;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;

import org.parley.meetings.MeetingEvent;
import org.parley.meetings.MeetingFanout;
import org.parley.meetings.MeetingJson;
import org.parley.meetings.MeetingListener;

/**
 * Every server's copy of each room's latest {@code audio} event (the highest version heard over
 * the meeting bus), so that whoever joins a room on any server gets its conference's lines in the
 * room's state. Forgotten when the meeting ends. It starts after the fanout and stops before it.
 * Thread safety: a concurrent map whose entries are replaced with {@code merge}.
 */
@Singleton
@LocalBean
@Startup
@DependsOn("MeetingFanout")
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class HeardAudio implements MeetingListener {

    static final String EVENT = "audio";
    private static final JsonObject NONE = MeetingJson.audio(0, List.of());

    @EJB
    MeetingFanout fanout;

    private final Map<String, JsonObject> rooms = new ConcurrentHashMap<>();

    @PostConstruct
    void register() {
        fanout.register(this);
    }

    @PreDestroy
    void unregister() {
        fanout.unregister(this);
    }

    @Override
    public void onEvent(MeetingEvent event) {
        if ("ended".equals(event.type())) {
            rooms.remove(event.meeting());
        } else if (EVENT.equals(event.type()) && event.body().get("version") instanceof JsonNumber) {
            rooms.merge(event.meeting(), event.body(), (held, heard) -> version(heard) > version(held) ? heard : held);
        }
    }

    /** The room's latest audio ({@code version} 0 and no participants when none was heard). */
    public JsonObject of(String meeting) {
        return rooms.getOrDefault(meeting, NONE);
    }

    private static long version(JsonObject audio) {
        return audio.getJsonNumber("version").longValue();
    }
}
