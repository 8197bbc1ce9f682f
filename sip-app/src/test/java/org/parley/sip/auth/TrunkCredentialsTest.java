package org.parley.sip.auth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import javax.sip.SipFactory;
import javax.sip.header.AuthorizationHeader;
import javax.sip.header.CSeqHeader;
import javax.sip.header.CallIdHeader;
import javax.sip.header.FromHeader;
import javax.sip.header.HeaderFactory;
import javax.sip.header.ProxyAuthorizationHeader;
import javax.sip.header.ViaHeader;
import javax.sip.message.MessageFactory;
import javax.sip.message.Request;
import javax.sip.message.Response;

import org.junit.jupiter.api.Test;

/** The client side of digest: answers computed independently (Python's hashlib) for these exact inputs. */
class TrunkCredentialsTest {

    private static final String INVITE = "INVITE sip:4930555100@127.0.0.1:5070 SIP/2.0\r\n"
            + "Via: SIP/2.0/UDP 127.0.0.1:5060;branch=z9hG4bK-first\r\n"
            + "Max-Forwards: 69\r\nFrom: <sip:kmensah@127.0.0.1>;tag=from-1\r\nTo: <sip:4930555100@127.0.0.1>\r\n"
            + "Call-ID: call-1@127.0.0.1\r\nCSeq: 2 INVITE\r\nContent-Length: 0\r\n\r\n";

    private final MessageFactory messages;
    private final HeaderFactory headers;

    TrunkCredentialsTest() throws Exception {
        var factory = SipFactory.getInstance();
        factory.setPathName("gov.nist");
        messages = factory.createMessageFactory();
        headers = factory.createHeaderFactory();
    }

    private static TrunkCredentials credentials(String user, String realm) {
        var credentials = new TrunkCredentials();
        credentials.trunkUri = Optional.of("sip:127.0.0.1:5070");
        credentials.username = Optional.of(user);
        credentials.password = Optional.of("trunk-secret");
        credentials.realm = Optional.of(realm);
        return credentials;
    }

    private static TrunkCredentials.Account account(String realm) {
        return new TrunkCredentials.Account(new TrunkTrust.Source("127.0.0.1", 5070), "parley", "trunk-secret", realm);
    }

    private Response challenge(int status, String... offers) throws Exception {
        var text = new StringBuilder("SIP/2.0 " + status + " Challenge\r\n"
                + "Via: SIP/2.0/UDP 127.0.0.1:5060;branch=z9hG4bK-first\r\n"
                + "From: <sip:kmensah@127.0.0.1>;tag=from-1\r\nTo: <sip:4930555100@127.0.0.1>;tag=pbx\r\n"
                + "Call-ID: call-1@127.0.0.1\r\nCSeq: 2 INVITE\r\n");
        for (var offer : offers) {
            text.append(status == 407 ? "Proxy-Authenticate: " : "WWW-Authenticate: ").append(offer).append("\r\n");
        }
        return messages.createResponse(text.append("Content-Length: 0\r\n\r\n").toString());
    }

    private Request invite() throws Exception {
        return messages.createRequest(INVITE);
    }

    @Test
    void aSha256ProxyChallengeWithQopShouldGetTheKnownAnswer() throws Exception {
        var answer = TrunkCredentials.authorization(account(""), invite(),
                challenge(407, "Digest realm=\"pbx.test\", nonce=\"n0nce\", qop=\"auth\", algorithm=SHA-256"),
                headers, "c0ffee").orElseThrow();
        assertTrue(answer instanceof ProxyAuthorizationHeader, answer.toString());
        assertEquals("8c40ab1158c1885bf6e426e130d2be7875aa39955399f9e83b66ced067fbdca2", answer.getResponse());
        assertEquals("parley", answer.getUsername());
        assertEquals("pbx.test", answer.getRealm());
        assertEquals("SHA-256", answer.getAlgorithm());
        assertEquals("auth", answer.getQop());
        assertEquals(1, answer.getNonceCount());
        assertEquals("c0ffee", answer.getCNonce());
        assertEquals("sip:4930555100@127.0.0.1:5070", answer.getURI().toString());
        assertTrue(answer.toString().contains("nc=00000001"), answer.toString());
    }

    @Test
    void anMd5WwwChallengeWithoutQopShouldGetTheRfc2069Answer() throws Exception {
        var answer = TrunkCredentials.authorization(account("pbx.test"), invite(),
                challenge(401, "Digest realm=\"pbx.test\", nonce=\"n0nce\", opaque=\"o1\""), headers, "c0ffee").orElseThrow();
        assertFalse(answer instanceof ProxyAuthorizationHeader);
        assertEquals(AuthorizationHeader.NAME, answer.getName());
        assertEquals("3e97e2ab8c4bdf20d1de35e7220096eb", answer.getResponse());
        assertEquals("o1", answer.getOpaque());
        assertEquals(null, answer.getCNonce(), "no qop, no cnonce");
    }

    @Test
    void theFirstChallengeParleyCanAnswerShouldBeTaken() throws Exception {
        var answer = TrunkCredentials.authorization(account("pbx.test"), invite(), challenge(407,
                "Digest realm=\"other\", nonce=\"x\", qop=\"auth\", algorithm=SHA-256",
                "Digest realm=\"pbx.test\", nonce=\"y\", qop=\"auth-int\", algorithm=SHA-256",
                "Digest realm=\"pbx.test\", nonce=\"n0nce\", qop=\"auth-int,auth\", algorithm=SHA-512-256",
                "Digest realm=\"pbx.test\", nonce=\"n0nce\", qop=\"auth-int,auth\", algorithm=MD5"), headers, "c0ffee")
                .orElseThrow();
        assertEquals("MD5", answer.getAlgorithm(), "another realm, qop auth-int alone and SHA-512-256 are passed over");
        assertEquals("70dc37fd624ff550e892ac3347ec3a67", answer.getResponse());
    }

    @Test
    void aChallengeOfAnotherRealmOrStatusShouldNotBeAnswered() throws Exception {
        var offer = "Digest realm=\"elsewhere\", nonce=\"n0nce\", qop=\"auth\"";
        assertTrue(TrunkCredentials.authorization(account("pbx.test"), invite(), challenge(407, offer), headers, "c")
                .isEmpty());
        assertTrue(TrunkCredentials.authorization(account(""), invite(), challenge(403, offer), headers, "c").isEmpty());
    }

    @Test
    void theRequestSentAgainShouldKeepTheDialogAndTakeTheNextCseqAndANewBranch() throws Exception {
        var sent = invite();
        var again = credentials("parley", "").answer(sent,
                challenge(407, "Digest realm=\"pbx.test\", nonce=\"n0nce\", qop=\"auth\", algorithm=SHA-256"), headers)
                .orElseThrow();
        assertEquals(3, ((CSeqHeader) again.getHeader(CSeqHeader.NAME)).getSeqNumber());
        assertEquals(Request.INVITE, ((CSeqHeader) again.getHeader(CSeqHeader.NAME)).getMethod());
        assertEquals("call-1@127.0.0.1", ((CallIdHeader) again.getHeader(CallIdHeader.NAME)).getCallId());
        assertEquals("from-1", ((FromHeader) again.getHeader(FromHeader.NAME)).getTag());
        assertNotEquals("z9hG4bK-first", ((ViaHeader) again.getHeader(ViaHeader.NAME)).getBranch());
        assertTrue(again.getHeader(ProxyAuthorizationHeader.NAME) != null);
        assertEquals(2, ((CSeqHeader) sent.getHeader(CSeqHeader.NAME)).getSeqNumber(), "the request sent is left as it was");
        assertFalse(again.toString().contains("trunk-secret"), "the password never goes on the wire");
    }

    @Test
    void noUsernameOrAnotherPeerShouldGetNoAnswer() throws Exception {
        var challenge = challenge(401, "Digest realm=\"pbx.test\", nonce=\"n0nce\"");
        assertTrue(credentials("", "").answer(invite(), challenge, headers).isEmpty(), "no credentials configured");
        var toAPhone = invite();
        toAPhone.setRequestURI(SipFactory.getInstance().createAddressFactory().createURI("sip:bob@127.0.0.1:5099"));
        assertTrue(credentials("parley", "").answer(toAPhone, challenge, headers).isEmpty(), "a phone's challenge");
        assertFalse(credentials("parley", "").answersFor(toAPhone.getRequestURI()));
        assertTrue(credentials("parley", "").answersFor(invite().getRequestURI()));
    }

    @Test
    void aByeThroughThePbxsRouteShouldBeAnsweredThoughItsRequestUriIsTheExtension() throws Exception {
        var bye = messages.createRequest("BYE sip:4930555100@127.0.0.1:5099 SIP/2.0\r\n"
                + "Via: SIP/2.0/UDP 127.0.0.1:5060;branch=z9hG4bK-bye\r\nRoute: <sip:127.0.0.1:5070;lr>\r\n"
                + "Max-Forwards: 70\r\nFrom: <sip:kmensah@127.0.0.1>;tag=from-1\r\n"
                + "To: <sip:4930555100@127.0.0.1>;tag=pbx\r\nCall-ID: call-1@127.0.0.1\r\nCSeq: 4 BYE\r\n"
                + "Content-Length: 0\r\n\r\n");
        var credentials = credentials("parley", "pbx.test");
        assertTrue(credentials.isTrunk(bye), "the next hop is the PBX");
        var again = credentials.answer(bye, challenge(407, "Digest realm=\"pbx.test\", nonce=\"n0nce\", qop=\"auth\""),
                headers).orElseThrow();
        assertEquals(5, ((CSeqHeader) again.getHeader(CSeqHeader.NAME)).getSeqNumber());
        var answer = (ProxyAuthorizationHeader) again.getHeader(ProxyAuthorizationHeader.NAME);
        assertEquals("sip:4930555100@127.0.0.1:5099", answer.getURI().toString(), "the digest-uri is the Request-URI");
    }

    @Test
    void theAccountShouldNeverShowThePassword() {
        assertFalse(account("pbx.test").toString().contains("trunk-secret"), account("pbx.test").toString());
    }
}
