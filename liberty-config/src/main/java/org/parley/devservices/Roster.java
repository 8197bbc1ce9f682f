package org.parley.devservices;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Puts people into the seats of an {@link OrgChart}: the fixed demo accounts into chosen seats, and
 * generated people, with unique uids, everywhere else.
 */
final class Roster {

    /** The share of people who work in their manager's office. */
    private static final double SAME_OFFICE_AS_MANAGER = 0.7;
    /** The share of people whose entry states a preferred language. */
    private static final double STATES_LANGUAGE = 0.5;

    private record Fixed(String uid, String givenName, String surname, String title, String city) {
    }

    private final List<OrgChart.Position> chart;
    private final Random random;
    private final UidAllocator uids = new UidAllocator();
    private final List<Person> people;
    private final Seats seats;

    private Roster(List<OrgChart.Position> chart, Random random) {
        this.chart = chart;
        this.random = random;
        this.people = new ArrayList<>(chart.size());
        this.seats = Seats.choose(chart);
    }

    /** The people by position id; the CEO is alice. */
    static Roster staff(List<OrgChart.Position> chart, Random random) {
        var roster = new Roster(chart, random);
        var fixed = roster.fixedAccounts();
        fixed.values().forEach(account -> roster.uids.reserve(account.uid()));
        for (var position : chart) {
            var account = fixed.get(position.id());
            roster.people.add(account == null ? roster.generate(position) : roster.place(position, account));
        }
        return roster;
    }

    List<Person> people() {
        return List.copyOf(people);
    }

    Seats seats() {
        return seats;
    }

    private Map<Integer, Fixed> fixedAccounts() {
        return Map.of(
                0, new Fixed("alice", "Alice", "Archer", Department.EXECUTIVE.headTitle(), "New York"),
                seats.bob(), new Fixed("bob", "Bob", "Baker", Department.ENGINEERING.managerTitle(), "New York"),
                seats.carol(), new Fixed("carol", "Carol", "Chen", "Software Engineer", "New York"),
                seats.dave(), new Fixed("dave", "Dave", "Diaz", "Account Executive", "London"),
                seats.erin(), new Fixed("erin", "Erin", "Evans", "Support Engineer", "Toronto"));
    }

    private Person place(OrgChart.Position position, Fixed account) {
        var office = NamePools.OFFICES.stream().filter(o -> o.city().equals(account.city())).findFirst().orElseThrow();
        return new Person(position.id(), account.uid(), account.givenName(), account.surname(), account.title(),
                position.department(), office, managerUid(position), true);
    }

    private Person generate(OrgChart.Position position) {
        var given = pick(NamePools.GIVEN_NAMES);
        var surname = pick(NamePools.FAMILY_NAMES);
        var uid = uids.allocate(given, surname);
        var title = position.id() == seats.itAdmin() ? "Systems Administrator" : title(position);
        var office = position.manager() >= 0 && random.nextDouble() < SAME_OFFICE_AS_MANAGER
                ? people.get(position.manager()).office()
                : pick(NamePools.OFFICES);
        return new Person(position.id(), uid, given, surname, title, position.department(), office,
                managerUid(position), random.nextDouble() < STATES_LANGUAGE);
    }

    private String title(OrgChart.Position position) {
        var department = position.department();
        if (position.level() <= 1) {
            return department.headTitle();
        }
        return switch (seats.role(position.id())) {
            case DIRECTOR -> department.directorTitle();
            case MANAGER -> department.managerTitle();
            case STAFF -> pick(department.staffTitles());
        };
    }

    private String managerUid(OrgChart.Position position) {
        return position.manager() < 0 ? null : people.get(position.manager()).uid();
    }

    private <T> T pick(List<T> choices) {
        return choices.get(random.nextInt(choices.size()));
    }
}
