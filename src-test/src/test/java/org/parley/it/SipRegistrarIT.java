package org.parley.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import javax.sip.header.ContactHeader;
import javax.sip.header.MinExpiresHeader;
import javax.sip.header.WWWAuthenticateHeader;
import javax.sip.message.Request;
import javax.sip.message.Response;

import org.junit.jupiter.api.Test;
import org.parley.sipagent.SipAgent;

/** The registrar with digest authentication against the SIP passwords users set over REST. */
class SipRegistrarIT {

    @Test
    void registerShouldBeChallengedWithEveryConfiguredAlgorithmInOrder() throws Exception {
        SipPhones.provision("lreddy");
        try (var phone = new SipAgent("lreddy", SipPhones.password("lreddy"), SipPhones.SIP_PORT)) {
            var request = phone.request(Request.REGISTER, "lreddy");
            var challenge = phone.transact(request);
            assertEquals(401, challenge.getStatusCode());
            var algorithms = new ArrayList<String>();
            challenge.getHeaders(WWWAuthenticateHeader.NAME).forEachRemaining(h -> {
                var www = (WWWAuthenticateHeader) h;
                algorithms.add(www.getAlgorithm());
                assertEquals("parley", www.getRealm());
                assertEquals("auth", www.getQop());
            });
            assertEquals(List.of("SHA-256", "MD5"), algorithms, "the default order, strongest first");
        }
    }

    @Test
    void registerWithTheRightPasswordShouldBindWithSha256AndWithMd5() throws Exception {
        for (var algorithm : List.of("SHA-256", "MD5")) {
            try (var phone = SipPhones.phone("cfischer").preferring(algorithm)) {
                var answer = phone.register(300);
                assertEquals(200, answer.getStatusCode(), algorithm + ": " + answer);
                var contact = (ContactHeader) answer.getHeader(ContactHeader.NAME);
                assertNotNull(contact, "the 200 lists the binding");
                assertTrue(contact.getExpires() > 250 && contact.getExpires() <= 300, answer.toString());
                assertEquals(200, phone.register(0).getStatusCode());
            }
        }
    }

    @Test
    void wrongPasswordShouldBeRefusedWith401() throws Exception {
        SipPhones.provision("asuzuki");
        try (var phone = new SipAgent("asuzuki", "not-the-password", SipPhones.SIP_PORT)) {
            assertEquals(401, phone.register(300).getStatusCode());
        }
        assertEquals("[]", Server.MAIN.get("asuzuki", "/api/v1/sip/registrations").body());
    }

    @Test
    void userWithoutSipPasswordShouldBeRefusedWith401EvenWithTheDirectoryPassword() throws Exception {
        Server.MAIN.send(Server.MAIN.as("vmurphy", "/api/v1/sip/credentials").DELETE().build());
        try (var phone = new SipAgent("vmurphy", Server.PASSWORD, SipPhones.SIP_PORT)) {
            assertEquals(401, phone.register(300).getStatusCode());
        }
    }

    @Test
    void registeringSomeoneElsesAddressShouldBeForbidden() throws Exception {
        try (var phone = SipPhones.phone("slindqvist")) {
            var request = phone.request(Request.REGISTER, "thaddad");
            request.setRequestURI(phone.edge());
            request.addHeader(phone.headers().createExpiresHeader(300));
            assertEquals(403, phone.send(request).getStatusCode());
        }
        assertEquals("[]", Server.MAIN.get("thaddad", "/api/v1/sip/registrations").body());
    }

    @Test
    void severalDevicesShouldBeBoundAndEachRemovable() throws Exception {
        try (var desk = SipPhones.registered("mmehta"); var soft = SipPhones.registered("mmehta")) {
            var listed = Server.json("{\"r\":" + Server.MAIN.get("mmehta", "/api/v1/sip/registrations").body() + "}")
                    .getJsonArray("r");
            assertEquals(2, listed.size(), listed.toString());
            var contacts = listed.stream().map(v -> v.asJsonObject().getString("contact")).toList();
            assertTrue(contacts.contains(desk.contact()) && contacts.contains(soft.contact()), contacts.toString());
            assertEquals(200, desk.register(0).getStatusCode());
            var after = Server.MAIN.get("mmehta", "/api/v1/sip/registrations").body();
            assertFalse(after.contains(desk.contact()), after);
            assertTrue(after.contains(soft.contact()), after);
            assertEquals(200, soft.register(0).getStatusCode());
        }
    }

    @Test
    void tooShortARegistrationShouldBeAnswered423WithMinExpires() throws Exception {
        try (var phone = SipPhones.phone("jokafor")) {
            var answer = phone.register(5);
            assertEquals(423, answer.getStatusCode());
            assertEquals(60, ((MinExpiresHeader) answer.getHeader(MinExpiresHeader.NAME)).getExpires());
        }
    }

    @Test
    void aRegisteredPhoneShouldCountAsAConnectionOfItsUser() throws Exception {
        Server.MAIN.putJson("rgupta", "/api/v1/presence/me", "{\"status\":\"dnd\"}");
        assertEquals("offline", status("rgupta"));
        try (var phone = SipPhones.registered("rgupta")) {
            assertEquals("dnd", status("rgupta"), "the phone is a connection");
            assertEquals(200, phone.register(0).getStatusCode());
            assertEquals("offline", status("rgupta"), "unregistered: no connection left");
        }
    }

    @Test
    void aNewSipPasswordShouldLockOutTheOldOne() throws Exception {
        try (var phone = SipPhones.registered("arossi")) {
            var rotated = Server.MAIN.putJson("arossi", "/api/v1/sip/credentials", "{\"password\":\"brand-new-secret\"}");
            assertEquals(200, rotated.statusCode(), rotated.body());
            phone.forgetNonce();
            assertEquals(401, phone.register(300).getStatusCode());
        }
        try (var phone = new SipAgent("arossi", "brand-new-secret", SipPhones.SIP_PORT)) {
            assertEquals(200, phone.register(300).getStatusCode());
            assertEquals(200, phone.register(0).getStatusCode());
        }
    }

    @Test
    void credentialsShouldShowNoSecretAndRefuseABadPasswordAsAProblem() {
        SipPhones.provision("ncohen");
        var shown = Server.json(Server.MAIN.get("ncohen", "/api/v1/sip/credentials"));
        assertTrue(shown.getBoolean("provisioned"));
        assertEquals("ncohen", shown.getString("username"));
        assertEquals("parley", shown.getString("realm"));
        assertFalse(shown.toString().contains(SipPhones.password("ncohen")));
        var tooShort = Server.MAIN.putJson("ncohen", "/api/v1/sip/credentials", "{\"password\":\"short\"}");
        assertEquals(400, tooShort.statusCode());
        assertTrue(tooShort.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json"));
        var anonymous = Server.send(Server.MAIN.request("/api/v1/sip/credentials").GET().build());
        assertEquals(401, anonymous.statusCode());
    }

    @Test
    void removingTheSipPasswordShouldRemoveTheRegistrations() throws Exception {
        try (var phone = SipPhones.registered("bmoreau")) {
            var removed = Server.send(Server.MAIN.as("bmoreau", "/api/v1/sip/credentials").DELETE().build());
            assertEquals(204, removed.statusCode());
            assertEquals("[]", Server.MAIN.get("bmoreau", "/api/v1/sip/registrations").body());
            phone.forgetNonce();
            assertEquals(Response.UNAUTHORIZED, phone.register(300).getStatusCode());
        }
    }

    private static String status(String user) {
        return Server.json(Server.MAIN.get("alice", "/api/v1/presence/" + user)).getString("status");
    }
}
