package org.parley.meetings.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.Optional;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.regex.Pattern;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.parley.error.ParleyException;
import org.parley.meetings.Deck;
import org.parley.meetings.DeckService;
import org.parley.meetings.MeetingStore;

/**
 * Slides under ${parley.data.dir}/meetings/decks/{deck}/{page}.png. An upload is refused
 * before it is read when the sender may not present; it streams into a temporary file, counted
 * up to parley.meetings.slides.maxBytes; its type is found from its first bytes (PDF, PNG or
 * JPEG); it is rendered into a temporary folder; only a deck rendered in full is moved into
 * place and announced in the room. A refused upload leaves nothing behind and changes nothing.
 * A plain CDI bean: the slow parts hold no transaction; the announcement is one.
 */
@ApplicationScoped
public class DeckServiceBean implements DeckService {

    private static final Logger LOG = Logger.getLogger(DeckServiceBean.class.getName());
    private static final Pattern DECK_ID = Pattern.compile("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");

    @EJB
    RoomLedger ledger;

    @Inject
    RoomStates states;

    @Inject
    MeetingStore meetings;

    @Inject
    @ConfigProperty(name = "parley.data.dir", defaultValue = "parley-data")
    String dataDir;

    @Inject
    @ConfigProperty(name = "parley.meetings.slides.maxBytes", defaultValue = "20971520")
    long maxBytes;

    @Inject
    @ConfigProperty(name = "parley.meetings.slides.maxPages", defaultValue = "200")
    int maxPages;

    @Inject
    @ConfigProperty(name = "parley.meetings.slides.pixels", defaultValue = "1600")
    int pixels;

    @Inject
    @ConfigProperty(name = "parley.meetings.slides.renderSeconds", defaultValue = "60")
    int renderSeconds;

    @Override
    public Deck upload(String meetingId, String participant, String name, InputStream content) {
        var meeting = meetings.find(meetingId).orElseThrow(() -> new ParleyException.NotFound("No meeting " + meetingId));
        states.with(meetingId, s -> {
            new RoomRules(s, meeting, Instant.now()).requirePresenter(participant);
            return Boolean.TRUE;
        });
        var id = UUID.randomUUID().toString();
        var temp = root().resolve(id + ".upload");
        var work = root().resolve(id + ".rendering");
        try {
            Files.createDirectories(work);
            Uploads.copyAtMost(content, temp, maxBytes);
            var kind = Uploads.kind(temp);
            int pages = new SlideRenderer(maxPages, pixels, Duration.ofSeconds(renderSeconds)).render(temp, kind, work);
            Files.move(work, root().resolve(id));
            var deck = new Deck(id, Uploads.cleanName(name, kind), pages);
            try {
                ledger.change(meetingId, rules -> rules.addDeck(participant, deck), s -> Boolean.TRUE);
            } catch (RuntimeException e) {
                deleteTree(root().resolve(id));
                throw e;
            }
            return deck;
        } catch (IOException e) {
            throw new UncheckedIOException("Could not store slides", e);
        } finally {
            deleteTree(temp);
            deleteTree(work);
        }
    }

    @Override
    public Optional<Path> page(String deck, int page) {
        if (!DECK_ID.matcher(deck).matches() || page < 1) {
            return Optional.empty();
        }
        var path = root().resolve(deck).resolve(page + ".png");
        return Files.isRegularFile(path) ? Optional.of(path) : Optional.empty();
    }

    private Path root() {
        return Path.of(dataDir, "meetings", "decks");
    }

    private static void deleteTree(Path path) {
        if (!Files.exists(path)) {
            return;
        }
        try (var walk = Files.walk(path)) {
            walk.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            LOG.log(Level.WARNING, "Could not delete " + path, e);
        }
    }

}
