package org.parley.devservices;

import java.util.List;

/** The given names, family names and offices that generated people are drawn from. */
final class NamePools {

    /**
     * An office.
     *
     * @param city the value of {@code l}
     * @param language the {@code preferredLanguage} of people who state one there
     */
    record Office(String city, String language) {
    }

    static final List<Office> OFFICES = List.of(
            new Office("New York", "en-US"),
            new Office("San Francisco", "en-US"),
            new Office("Toronto", "en-CA"),
            new Office("London", "en-GB"),
            new Office("Berlin", "de-DE"),
            new Office("Tokyo", "ja-JP"),
            new Office("Singapore", "en-SG"));

    static final List<String> GIVEN_NAMES = List.of(
            "James", "Maria", "Wei", "Aisha", "Lukas", "Sofia", "Hiroshi", "Priya", "Mateo", "Chloé",
            "Olusegun", "Ingrid", "Rahul", "Yuki", "Fatima", "Björn", "Camila", "Dmitri", "Amara", "Liam",
            "Mei", "Omar", "Zoë", "Santiago", "Anika", "Kwame", "Elena", "Arjun", "Nadia", "Thomas",
            "Sakura", "Diego", "Leila", "Jonas", "Ngozi", "Pedro", "Hana", "Ivan", "Lucía", "Ethan",
            "Min-jun", "Sara", "Tariq", "Freya", "Kofi", "Valentina", "Andrei", "Ayesha", "Noah", "Emma",
            "Jia", "Mohammed", "Astrid", "Raj", "Isabel", "Kenji", "Olga", "Samuel", "Zainab", "Daniel",
            "Léa", "Carlos", "Anya", "Joon-ho", "Grace", "Mustafa", "Siobhan", "Ravi", "Marta", "Felix",
            "Ayumi", "Tomás", "Hannah", "Bilal", "Niamh", "Vikram", "Julia", "Chen", "Emeka", "Søren");

    static final List<String> FAMILY_NAMES = List.of(
            "Smith", "García", "Wang", "Khan", "Müller", "Rossi", "Tanaka", "Patel", "Silva", "Dubois",
            "Okafor", "Johansson", "Sharma", "Suzuki", "Haddad", "Lindqvist", "Fernández", "Ivanov", "Mensah",
            "O'Brien", "Li", "Hassan", "Nguyen", "Rodríguez", "Schmidt", "Asante", "Papadopoulos", "Iyer",
            "Kowalski", "Moreau", "Yamamoto", "Torres", "Farouk", "Becker", "Adeyemi", "Santos", "Kim", "Petrov",
            "Martínez", "Brown", "Park", "Ali", "Nielsen", "Reddy", "Costa", "Watanabe", "Novak", "Ahmed",
            "Jensen", "Chen", "Lopez", "Wójcik", "Murphy", "Gupta", "Almeida", "Kobayashi", "Svensson", "Ibrahim",
            "Fischer", "Nakamura", "Walsh", "Mehta", "Herrera", "Zhang", "Andersen", "Bianchi", "Cohen", "Dlamini",
            "van der Berg", "Lefèvre", "Nowak", "Sato", "Ó Súilleabháin", "Kaur", "Rahman", "Yilmaz", "Eriksen");

    private NamePools() {
    }
}
