package org.parley.devservices;

/** One person as the demo HR portal shows them, read from the demo directory. */
record Employee(String uid, String name, String title, String department, String mail, String phone,
        String mobile, String office, String employeeNumber, String managerUid) {
}
