package org.parley.people.internal;

import java.time.Clock;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.ejb.Local;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.parley.directory.Card;
import org.parley.directory.DirectoryGroup;
import org.parley.directory.Found;
import org.parley.directory.OrgDirectory;
import org.parley.directory.UserIds;
import org.parley.error.ParleyException;
import org.parley.people.BusinessCard;
import org.parley.people.GroupSummary;
import org.parley.people.Listed;
import org.parley.people.LocalClock;
import org.parley.people.Page;
import org.parley.people.PeopleService;
import org.parley.presence.Presence;
import org.parley.presence.PresenceService;

/**
 * Directory look-ups joined with presence through the presence service, so privacy lists hold.
 * Reads only: no transaction of its own.
 */
@Stateless
@Local(PeopleService.class)
@TransactionAttribute(TransactionAttributeType.SUPPORTS)
public class PeopleServiceBean implements PeopleService {

    static final int MAX_CHAIN = 32;
    private static final Comparator<Card> BY_NAME = Comparator
            .comparing((Card c) -> c.displayName().toLowerCase(Locale.ROOT)).thenComparing(Card::uid);

    @Inject
    OrgDirectory directory;

    @EJB
    PresenceService presence;

    @Inject
    @ConfigProperty(name = "parley.directory.officeTimeZones", defaultValue = "")
    String officeTimeZones;

    private OfficeZones offices;
    private final Clock clock = Clock.systemUTC();

    @PostConstruct
    void start() {
        offices = new OfficeZones(officeTimeZones);
    }

    @Override
    public Page<Listed> search(String viewer, String query, int limit, String cursor) {
        var words = Pages.words(query);
        return Pages.page(directory.search(words), limit, cursor, cards -> listed(viewer, cards));
    }

    @Override
    public BusinessCard card(String viewer, String uid) {
        var card = require(uid);
        var shown = presence.current(viewer, card.uid());
        var manager = card.managerUid().isEmpty() ? Optional.<Card>empty() : directory.card(card.managerUid());
        int reports = directory.reportsOf(card.uid()).items().size();
        return new BusinessCard(card, shown, manager, reports, localTime(card, shown));
    }

    private Optional<LocalClock> localTime(Card card, Presence shown) {
        if (!shown.timeZone().isEmpty()) {
            try {
                return Optional.of(clock(ZoneId.of(shown.timeZone()), "presence"));
            } catch (DateTimeException e) {
                // a zone this JVM does not know: fall back to the office
            }
        }
        return offices.of(card.office()).map(zone -> clock(zone, "office"));
    }

    private LocalClock clock(ZoneId zone, String source) {
        return new LocalClock(zone.getId(), ZonedDateTime.now(clock.withZone(zone)).withNano(0), source);
    }

    @Override
    public byte[] photo(String uid) {
        require(uid);
        return directory.photo(uid).orElseThrow(() -> new ParleyException.NotFound(uid + " has no photo"));
    }

    @Override
    public List<Listed> chain(String viewer, String uid) {
        var chain = new ArrayList<Card>();
        var seen = new HashSet<String>();
        var at = require(uid);
        seen.add(at.uid());
        while (!at.managerUid().isEmpty() && chain.size() < MAX_CHAIN) {
            var manager = directory.card(at.managerUid());
            if (manager.isEmpty() || !seen.add(manager.get().uid())) {
                break; // a manager who left, or a loop in the directory's data
            }
            at = manager.get();
            chain.add(at);
        }
        return listed(viewer, chain);
    }

    @Override
    public Page<Listed> reports(String viewer, String uid, int limit, String cursor) {
        Pages.requireLimit(limit);
        return Pages.page(directory.reportsOf(require(uid).uid()), limit, cursor, cards -> listed(viewer, cards));
    }

    @Override
    public Page<Listed> peers(String viewer, String uid, int limit, String cursor) {
        Pages.requireLimit(limit);
        var card = require(uid);
        if (card.managerUid().isEmpty()) {
            return Pages.page(new Found<Card>(List.of(), false), limit, cursor, cards -> listed(viewer, cards));
        }
        var team = directory.reportsOf(card.managerUid());
        var others = team.items().stream().filter(c -> !c.uid().equals(card.uid())).toList();
        return Pages.page(new Found<>(others, team.truncated()), limit, cursor, cards -> listed(viewer, cards));
    }

    @Override
    public Page<GroupSummary> groups(String query, int limit, String cursor) {
        Pages.requireLimit(limit);
        return Pages.page(directory.groups(Pages.prefix(query)), limit, cursor,
                groups -> groups.stream().map(this::summary).toList());
    }

    @Override
    public GroupSummary group(String name) {
        return summary(requireGroup(name));
    }

    @Override
    public Page<Listed> members(String viewer, String name, int limit, String cursor) {
        Pages.requireLimit(limit);
        var people = GroupExpansion.people(requireGroup(name), directory::group);
        var cards = new ArrayList<>(directory.cards(people).values());
        cards.sort(BY_NAME);
        return Pages.page(new Found<>(cards, false), limit, cursor, page -> listed(viewer, page));
    }

    private GroupSummary summary(DirectoryGroup group) {
        return new GroupSummary(group, GroupExpansion.people(group, directory::group).size());
    }

    private List<Listed> listed(String viewer, List<Card> cards) {
        if (cards.isEmpty()) {
            return List.of();
        }
        var shown = presence.current(viewer, cards.stream().map(Card::uid).toList());
        return cards.stream()
                .map(c -> new Listed(c, shown.getOrDefault(c.uid(), Presence.offline(c.uid())))).toList();
    }

    private Card require(String uid) {
        return directory.card(UserIds.requireValid(uid)).orElseThrow(() -> new ParleyException.NotFound("No such person: " + uid));
    }

    private DirectoryGroup requireGroup(String name) {
        return directory.group(name).orElseThrow(() -> new ParleyException.NotFound("No such group: " + name));
    }
}
