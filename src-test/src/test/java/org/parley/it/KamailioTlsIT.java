package org.parley.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.parley.it.SipPhones.invite;

import java.net.http.HttpRequest;
import java.nio.file.Path;
import javax.sip.header.RecordRouteHeader;
import javax.sip.message.Request;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.parley.sipagent.SipAgent;
import org.parley.sipagent.SipDialog;

/**
 * The trunk over TLS against a real PBX: Debian's Kamailio with its TLS module is the trunk of the
 * third test server ({@code parley.sip.trunk.transport=tls}; the server listens for TLS on
 * {@code it.tls.sip.tlsPort} with a keystore and truststore made by {@link TestCertificates}).
 * Calls go both ways over TLS: Parley checks Kamailio's certificate against its truststore, and
 * Kamailio checks Parley's against the test authority. The PBX is trusted by its host over TLS
 * only. A PBX whose certificate comes from an authority Parley does not trust gets no call, and
 * the caller gets 503. Extensions register to Kamailio over UDP. Runs where /usr/sbin/kamailio
 * exists (profile kamailio; CI installs it with kamailio-tls-modules).
 */
class KamailioTlsIT {

    private static final Server TLS_SERVER = new Server(Integer.getInteger("parley.it.tlsHttpPort", 19380));
    private static final int SIP_PORT = Integer.getInteger("parley.it.tlsSipPort", 15360);
    private static final int SIP_TLS_PORT = Integer.getInteger("parley.it.tlsSipTlsPort", 15361);
    private static final int PBX_PORT = Integer.getInteger("parley.it.tlsKamailioPort", 15072);
    private static final Path CERTIFICATES = Path.of(System.getProperty("parley.it.tlsDir", "target/tls"));
    private static final String EXTENSION = "4930555200";
    private static Kamailio pbx;

    @BeforeAll
    static void startThePbx() throws Exception {
        pbx = pbx("pbx");
    }

    @AfterAll
    static void stopThePbx() {
        if (pbx != null) {
            pbx.close();
        }
    }

    /** Kamailio over TLS with the certificate and key {@code name}.crt and .key of the test directory. */
    private static Kamailio pbx(String name) throws Exception {
        return Kamailio.startTls(PBX_PORT, SIP_TLS_PORT, CERTIFICATES.resolve(name + ".crt"),
                CERTIFICATES.resolve(name + ".key"), CERTIFICATES.resolve("ca.pem"));
    }

    @Test
    void aCallToAnExtensionShouldGoToThePbxOverTlsAndBack() throws Exception {
        try (var extension = extension(EXTENSION); var phone = phone("tobrien")) {
            var call = phone.start(invite(phone, EXTENSION));
            var ok = call.awaitFinal();
            assertEquals(200, ok.getStatusCode(), ok + pbx.output());
            var rung = extension.await(Request.INVITE, 5);
            assertTrue(SipAgent.body(rung).contains("o=tobrien"), "the caller's offer reaches the extension");
            assertTrue(SipAgent.body(ok).contains("o=" + EXTENSION), "the extension's answer reaches the caller");
            assertTrue(pbx.output().lines().anyMatch(l -> l.contains("PBX: INVITE sip:" + EXTENSION + "@") && l.endsWith("over tls")),
                    "the INVITE reached the PBX over TLS: " + pbx.output());
            assertTrue(pbx.output().contains("PBX: authenticated INVITE sip:" + EXTENSION + "@"), "digest over TLS too");
            assertEquals(4, KamailioIT.count(ok, RecordRouteHeader.NAME), "Parley and the PBX each record-route twice (UDP and TLS): " + ok);
            assertTrue(ok.toString().contains("127.0.0.1:" + SIP_TLS_PORT + ";transport=tls;lr"),
                    "Parley's TLS side faces the PBX: " + ok);

            var dialog = SipDialog.ofCaller(phone, call.request(), ok);
            phone.sendStateless(dialog.ack());
            extension.await(Request.ACK, 5);
            assertEquals(200, phone.transact(dialog.bye()).getStatusCode());
            extension.await(Request.BYE, 5);
            assertTrue(pbx.output().lines().anyMatch(l -> l.contains("PBX: BYE") && l.endsWith("over tls")),
                    "the BYE went over TLS too: " + pbx.output());
            phone.register(0);
        }
    }

    @Test
    void anExtensionShouldCallAParleyUserOverTlsTrustedAsTheTrunk() throws Exception {
        try (var extension = extension(EXTENSION); var phone = phone("mcosta")) {
            var call = extension.start(invite(extension, "mcosta"));
            var ok = call.awaitFinal();
            assertEquals(200, ok.getStatusCode(), "no 407: it came from the trunk over TLS " + ok + pbx.output());
            var rung = phone.await(Request.INVITE, 5);
            assertTrue(rung.getHeader("From").toString().contains("sip:" + EXTENSION + "@"), "the phone shows the number");
            assertTrue(SipAgent.body(rung).contains("o=" + EXTENSION));
            assertTrue(SipAgent.body(ok).contains("o=mcosta"));

            var dialog = SipDialog.ofCaller(extension, call.request(), ok);
            extension.sendStateless(dialog.ack());
            phone.await(Request.ACK, 5);
            assertEquals(200, extension.transact(dialog.bye()).getStatusCode(), "the PBX reached Parley's TLS side");
            phone.await(Request.BYE, 5);
            phone.register(0);
        }
    }

    @Test
    void theSameNumberOverUdpFromThePbxHostShouldNeedDigest() throws Exception {
        try (var phone = phone("msantos"); var impostor = new SipAgent(EXTENSION, "unused", SIP_PORT)) {
            assertEquals(407, impostor.transact(invite(impostor, "msantos")).getStatusCode(),
                    "only what comes over TLS from the PBX host is the trunk's");
            assertTrue(phone.drain().stream().noneMatch(r -> Request.INVITE.equals(r.getMethod())), "the phone never rang");
            phone.register(0);
        }
    }

    @Test
    void clickToCallShouldRingAnExtensionOverTlsAndHangUpThroughThePbx() throws Exception {
        try (var extension = extension(EXTENSION); var mine = phone("edlamini"); var events = Sockets.connect(TLS_SERVER, "edlamini")) {
            var started = Server.send(TLS_SERVER.as("edlamini", "/api/v1/calls").header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString("{\"to\":\"" + EXTENSION + "\"}")).build());
            assertEquals(201, started.statusCode(), started.body());
            var id = Server.json(started.body()).getString("id");
            mine.await(Request.INVITE, 5);
            var rung = extension.await(Request.INVITE, 5);
            assertTrue(SipAgent.body(rung).contains("o=edlamini"), "the extension gets the caller's offer");
            mine.await(Request.ACK, 5);
            extension.await(Request.ACK, 5);
            events.next(m -> "call".equals(m.getString("type", "")) && id.equals(m.getString("id", ""))
                    && "connected".equals(m.getString("state", "")), "call " + id + " connected");

            var hangUp = Server.send(TLS_SERVER.as("edlamini", "/api/v1/calls/" + id).DELETE().build());
            assertEquals(204, hangUp.statusCode(), hangUp.body());
            mine.await(Request.BYE, 5);
            extension.await(Request.BYE, 5);
            assertTrue(pbx.output().lines().anyMatch(l -> l.contains("PBX: BYE") && l.endsWith("over tls")), pbx.output());
            mine.register(0);
        }
    }

    @Test
    void aPbxWhoseCertificateDoesNotVerifyShouldGetNoCallAndTheCallerA503() throws Exception {
        pbx.close();
        pbx = null;
        try (var rogue = pbx("rogue")) {
            try (var extension = extension(rogue, EXTENSION); var phone = phone("mnovak")) {
                var refused = phone.start(invite(phone, EXTENSION)).awaitFinal();
                assertEquals(503, refused.getStatusCode(), refused + rogue.output());
                assertTrue(refused.getHeader("Reason").toString().contains("TLS handshake"), refused.toString());
                assertTrue(rogue.output().lines().noneMatch(l -> l.contains("PBX: INVITE")), "no INVITE reached it: " + rogue.output());
                assertTrue(extension.drain().stream().noneMatch(r -> Request.INVITE.equals(r.getMethod())), "never rang");
                phone.register(0);
            }
        } finally {
            pbx = pbx("pbx");
        }
    }

    /** A PBX extension registered to the running Kamailio over UDP. */
    private static SipAgent extension(String number) throws Exception {
        return extension(pbx, number);
    }

    private static SipAgent extension(Kamailio at, String number) throws Exception {
        var agent = new SipAgent(number, "unused", at.port());
        var registered = agent.register(300);
        assertEquals(200, registered.getStatusCode(), registered + at.output());
        return agent;
    }

    /** A Parley user's phone registered over UDP through the TLS-trunk server (which has a database of its own). */
    private static SipAgent phone(String user) throws Exception {
        var provisioned = TLS_SERVER.putJson(user, "/api/v1/sip/credentials", "{\"password\":\"" + SipPhones.password(user) + "\"}");
        assertEquals(200, provisioned.statusCode(), provisioned.body());
        var agent = new SipAgent(user, SipPhones.password(user), SIP_PORT);
        var registered = agent.register(300);
        assertEquals(200, registered.getStatusCode(), registered.toString());
        return agent;
    }
}
