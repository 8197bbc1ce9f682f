package org.parley.devservices;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Collectors;

/**
 * Chooses the groups of the generated directory: one per department, a few projects, one that
 * nests every project group, and the admins.
 */
final class GroupPlan {

    /**
     * One {@code groupOfNames}.
     *
     * @param cn the group name
     * @param description what the group is for
     * @param ownerUid who owns the group
     * @param memberUids the people in it
     * @param groupCns the groups nested in it; with the people, never empty
     */
    record Group(String cn, String description, String ownerUid, List<String> memberUids, List<String> groupCns) {

        /** A group of people only, owned by its first member. */
        Group(String cn, String description, List<String> memberUids) {
            this(cn, description, memberUids.get(0), memberUids, List.of());
        }
    }

    private record Project(String cn, String description, List<String> fixedUids, List<Department> drawnFrom) {
    }

    private static final List<Project> PROJECTS = List.of(
            new Project("project-atlas", "Atlas: the next-generation web client", List.of("bob", "carol"),
                    List.of(Department.ENGINEERING, Department.PRODUCT)),
            new Project("project-borealis", "Borealis: the enterprise onboarding programme", List.of("dave", "erin"),
                    List.of(Department.SALES, Department.SUPPORT, Department.MARKETING)),
            new Project("project-comet", "Comet: the mobile apps", List.of(),
                    List.of(Department.ENGINEERING, Department.PRODUCT, Department.MARKETING)),
            new Project("project-helios", "Helios: the data-centre migration", List.of(),
                    List.of(Department.IT, Department.ENGINEERING, Department.FINANCE)),
            new Project("project-nimbus", "Nimbus: the cloud telephony launch", List.of("alice"),
                    List.of(Department.ENGINEERING, Department.SALES, Department.SUPPORT, Department.PRODUCT)),
            new Project("project-orion", "Orion: the company offsite", List.of(),
                    List.of(Department.HUMAN_RESOURCES, Department.MARKETING, Department.FINANCE)));

    /** Fewest people drawn into a project, before the share that grows with the company. */
    private static final int PROJECT_BASE = 6;
    private static final int PROJECT_SPREAD = 15;
    /** One more project member per this many people in the company. */
    private static final int PEOPLE_PER_EXTRA_MEMBER = 200;

    private GroupPlan() {
    }

    static List<Group> plan(List<Person> people, Seats seats, Random random) {
        var groups = new ArrayList<Group>();
        var byDepartment = people.stream().collect(Collectors.groupingBy(Person::department));
        for (var department : Department.ALL) {
            var members = byDepartment.get(department).stream().map(Person::uid).toList();
            groups.add(new Group(department.groupName(), "Everyone in " + department.name(), members));
        }
        for (var project : PROJECTS) {
            groups.add(project(project, byDepartment, people.size(), random));
        }
        groups.add(new Group("all-projects", "Everyone on a project", people.get(0).uid(), List.of(),
                PROJECTS.stream().map(Project::cn).toList()));
        groups.add(new Group("admins", "Parley administrators",
                List.of(people.get(0).uid(), people.get(seats.itAdmin()).uid())));
        return List.copyOf(groups);
    }

    private static Group project(Project project, Map<Department, List<Person>> byDepartment, int headcount,
                                 Random random) {
        var members = new LinkedHashSet<>(project.fixedUids());
        int wanted = members.size() + PROJECT_BASE + random.nextInt(PROJECT_SPREAD) + headcount / PEOPLE_PER_EXTRA_MEMBER;
        int pool = project.drawnFrom().stream().mapToInt(d -> byDepartment.get(d).size()).sum();
        int target = Math.min(wanted, pool);
        while (members.size() < target) {
            var department = project.drawnFrom().get(random.nextInt(project.drawnFrom().size()));
            var candidates = byDepartment.get(department);
            members.add(candidates.get(random.nextInt(candidates.size())).uid());
        }
        return new Group(project.cn(), project.description(), List.copyOf(members));
    }
}
