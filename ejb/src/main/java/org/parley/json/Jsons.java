package org.parley.json;

import java.io.Reader;

import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonReader;
import jakarta.json.spi.JsonProvider;

/**
 * The JSON-P factory methods of {@link jakarta.json.Json}, through a provider looked up once.
 * {@code Jsons.createObjectBuilder()} looks the provider up with a service loader on every call,
 * which on the application server scans class loaders: on a presence fan-out of tens of
 * thousands of messages a second that scan was a large part of the cost. The provider is thread
 * safe; builders and readers are not shared.
 */
public final class Jsons {

    private static final JsonProvider PROVIDER = JsonProvider.provider();

    private Jsons() {
    }

    public static JsonObjectBuilder createObjectBuilder() {
        return PROVIDER.createObjectBuilder();
    }

    public static JsonObjectBuilder createObjectBuilder(JsonObject from) {
        return PROVIDER.createObjectBuilder(from);
    }

    public static JsonArrayBuilder createArrayBuilder() {
        return PROVIDER.createArrayBuilder();
    }

    public static JsonReader createReader(Reader reader) {
        return PROVIDER.createReader(reader);
    }
}
