package org.parley.devservices;

import java.util.List;
import java.util.Locale;

/**
 * A department of the generated company.
 *
 * @param name the name written to {@code departmentNumber} and {@code ou}
 * @param weight the share of the headcount the department gets, relative to the others
 * @param minimumHeadcount the fewest people the department has, its head included
 * @param managerTitle the title of a first-line manager
 * @param staffTitles the titles of people without reports
 */
record Department(String name, int weight, int minimumHeadcount, String managerTitle, List<String> staffTitles) {

    static final Department EXECUTIVE = new Department("Executive", 0, 1, "Chief Executive Officer",
            List.of("Chief Executive Officer"));
    static final Department ENGINEERING = new Department("Engineering", 34, 16, "Engineering Manager",
            List.of("Software Engineer", "Senior Software Engineer", "Staff Software Engineer",
                    "QA Engineer", "Site Reliability Engineer", "UX Designer"));
    static final Department PRODUCT = new Department("Product", 8, 6, "Group Product Manager",
            List.of("Product Manager", "Senior Product Manager", "Technical Writer", "Product Designer"));
    static final Department SALES = new Department("Sales", 16, 6, "Regional Sales Manager",
            List.of("Account Executive", "Senior Account Executive", "Sales Engineer",
                    "Sales Development Representative"));
    static final Department MARKETING = new Department("Marketing", 8, 6, "Marketing Manager",
            List.of("Marketing Specialist", "Content Strategist", "Events Coordinator", "Brand Designer"));
    static final Department SUPPORT = new Department("Support", 14, 6, "Support Manager",
            List.of("Support Engineer", "Senior Support Engineer", "Customer Success Manager"));
    static final Department FINANCE = new Department("Finance", 6, 6, "Finance Manager",
            List.of("Accountant", "Financial Analyst", "Payroll Specialist", "Accounts Payable Specialist"));
    static final Department HUMAN_RESOURCES = new Department("Human Resources", 5, 6, "HR Manager",
            List.of("HR Generalist", "Recruiter", "Learning and Development Specialist"));
    static final Department IT = new Department("IT", 9, 6, "IT Manager",
            List.of("Systems Administrator", "Network Engineer", "Service Desk Analyst", "Security Analyst"));

    /** The departments below the CEO, each led by a vice president. */
    static final List<Department> LINE = List.of(ENGINEERING, PRODUCT, SALES, MARKETING, SUPPORT, FINANCE,
            HUMAN_RESOURCES, IT);

    /** Every department, the executive office first: the order of the department groups. */
    static final List<Department> ALL = List.of(EXECUTIVE, ENGINEERING, PRODUCT, SALES, MARKETING, SUPPORT,
            FINANCE, HUMAN_RESOURCES, IT);

    /** The group name, such as {@code dept-human-resources}. */
    String groupName() {
        return "dept-" + name.toLowerCase(Locale.ROOT).replace(' ', '-');
    }

    String headTitle() {
        return this == EXECUTIVE ? managerTitle : "Vice President, " + name;
    }

    String directorTitle() {
        return "Director of " + name;
    }
}
