package org.parley.devservices;

import java.util.List;
import java.util.function.IntPredicate;
import java.util.stream.IntStream;

/**
 * What each seat of an org chart is (director, first-line manager or staff) and which seats the demo
 * accounts and the IT administrator take.
 *
 * @param roles the role of each position, by id
 * @param bob the first first-line manager in Engineering
 * @param carol the first of bob's reports
 * @param dave the first staff member in Sales
 * @param erin the first staff member in Support
 * @param itAdmin the first staff member in IT, a member of {@code cn=admins}
 */
record Seats(List<Role> roles, int bob, int carol, int dave, int erin, int itAdmin) {

    /** A seat's place in the tree below the vice presidents. */
    enum Role { DIRECTOR, MANAGER, STAFF }

    static Seats choose(List<OrgChart.Position> chart) {
        var roles = roles(chart);
        IntPredicate staff = id -> roles.get(id) == Role.STAFF;
        int bob = first(chart, Department.ENGINEERING, id -> roles.get(id) == Role.MANAGER && chart.get(id).level() > 1);
        int carol = IntStream.range(0, chart.size()).filter(id -> chart.get(id).manager() == bob).findFirst().orElseThrow();
        return new Seats(roles, bob, carol, first(chart, Department.SALES, staff),
                first(chart, Department.SUPPORT, staff), first(chart, Department.IT, staff));
    }

    Role role(int id) {
        return roles.get(id);
    }

    private static List<Role> roles(List<OrgChart.Position> chart) {
        var reports = new int[chart.size()];
        var managesManagers = new boolean[chart.size()];
        for (int id = chart.size() - 1; id > 0; id--) {
            int manager = chart.get(id).manager();
            reports[manager]++;
            managesManagers[manager] |= reports[id] > 0;
        }
        return IntStream.range(0, chart.size())
                .mapToObj(id -> managesManagers[id] ? Role.DIRECTOR : reports[id] > 0 ? Role.MANAGER : Role.STAFF)
                .toList();
    }

    private static int first(List<OrgChart.Position> chart, Department department, IntPredicate test) {
        return IntStream.range(0, chart.size())
                .filter(id -> chart.get(id).department() == department && test.test(id))
                .findFirst()
                .orElseThrow(() -> new IllegalStateException("no suitable seat in " + department.name()));
    }
}
