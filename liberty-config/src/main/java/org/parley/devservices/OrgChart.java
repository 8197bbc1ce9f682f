package org.parley.devservices;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * The reporting tree of the generated company: the CEO, one vice president per line department, then
 * directors and managers down to staff. Every manager has between {@value #MIN_REPORTS} and
 * {@value #MAX_REPORTS} direct reports. Positions are numbered breadth first within each department,
 * so a manager's id is always lower than the ids of the manager's reports.
 */
final class OrgChart {

    static final int MIN_REPORTS = 5;
    static final int MAX_REPORTS = 10;

    /**
     * One seat in the tree.
     *
     * @param id the position number, 0 for the CEO
     * @param department the department
     * @param level 0 for the CEO, 1 for a vice president, and so on down
     * @param manager the manager's position number, -1 for the CEO
     */
    record Position(int id, Department department, int level, int manager) {
    }

    private final List<Position> positions = new ArrayList<>();
    private final Random random;

    private OrgChart(Random random) {
        this.random = random;
    }

    /** The fewest people a company can have: the CEO and each department at its minimum. */
    static int minimumPeople() {
        return 1 + Department.LINE.stream().mapToInt(Department::minimumHeadcount).sum();
    }

    static List<Position> build(int people, Random random) {
        if (people < minimumPeople()) {
            throw new IllegalArgumentException("need at least " + minimumPeople() + " people, got " + people);
        }
        var chart = new OrgChart(random);
        var ceo = chart.add(Department.EXECUTIVE, 0, -1);
        var headcounts = headcounts(people - 1);
        for (int d = 0; d < Department.LINE.size(); d++) {
            var department = Department.LINE.get(d);
            var head = chart.add(department, 1, ceo.id());
            chart.growTeam(head, headcounts[d] - 1);
        }
        return List.copyOf(chart.positions);
    }

    /** Splits the staff below the CEO among the departments: each its minimum, the rest by weight. */
    static int[] headcounts(int staff) {
        var line = Department.LINE;
        var counts = new int[line.size()];
        int totalWeight = line.stream().mapToInt(Department::weight).sum();
        int spare = staff - line.stream().mapToInt(Department::minimumHeadcount).sum();
        int given = 0;
        for (int d = 0; d < counts.length; d++) {
            int extra = (int) ((long) spare * line.get(d).weight() / totalWeight);
            counts[d] = line.get(d).minimumHeadcount() + extra;
            given += extra;
        }
        counts[0] += spare - given;
        return counts;
    }

    private Position add(Department department, int level, int manager) {
        var position = new Position(positions.size(), department, level, manager);
        positions.add(position);
        return position;
    }

    /** Adds {@code remaining} people below {@code head}, one level at a time. */
    private void growTeam(Position head, int remaining) {
        List<Position> level = List.of(head);
        while (remaining > 0) {
            int[] reports = remaining <= MAX_REPORTS * level.size()
                    ? lastLevel(level.size(), remaining)
                    : fullLevel(level.size(), remaining);
            var next = new ArrayList<Position>();
            for (int i = 0; i < level.size(); i++) {
                var manager = level.get(i);
                for (int r = 0; r < reports[i]; r++) {
                    next.add(add(manager.department(), manager.level() + 1, manager.id()));
                }
                remaining -= reports[i];
            }
            level = next;
        }
    }

    /** Reports for a level that is not the last: what is left afterwards is none or enough for a team. */
    private int[] fullLevel(int managers, int remaining) {
        var reports = new int[managers];
        int total = 0;
        for (int i = 0; i < managers; i++) {
            reports[i] = MIN_REPORTS + random.nextInt(MAX_REPORTS - MIN_REPORTS + 1);
            total += reports[i];
        }
        int left = remaining - total;
        if (left > 0 && left < MIN_REPORTS) {
            trim(reports, total - (remaining - MIN_REPORTS));
        }
        return reports;
    }

    /** Spreads the last {@code remaining} people (at least {@value #MIN_REPORTS}) over some managers. */
    private int[] lastLevel(int managers, int remaining) {
        int fewest = (remaining + MAX_REPORTS - 1) / MAX_REPORTS;
        int most = Math.min(managers, remaining / MIN_REPORTS);
        int teams = fewest + random.nextInt(most - fewest + 1);
        var reports = new int[managers];
        int stride = managers / teams;
        for (int t = 0; t < teams; t++) {
            reports[t * stride] = MIN_REPORTS;
        }
        for (int extra = remaining - teams * MIN_REPORTS; extra > 0; ) {
            int i = random.nextInt(teams) * stride;
            if (reports[i] < MAX_REPORTS) {
                reports[i]++;
                extra--;
            }
        }
        return reports;
    }

    private void trim(int[] reports, int excess) {
        while (excess > 0) {
            int i = random.nextInt(reports.length);
            if (reports[i] > MIN_REPORTS) {
                reports[i]--;
                excess--;
            }
        }
    }
}
