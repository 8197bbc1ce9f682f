package org.parley.sip.auth;

import java.security.SecureRandom;
import java.text.ParseException;
import java.util.HexFormat;
import java.util.ListIterator;
import java.util.Locale;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sip.InvalidArgumentException;
import javax.sip.address.SipURI;
import javax.sip.address.URI;
import javax.sip.header.AuthorizationHeader;
import javax.sip.header.CSeqHeader;
import javax.sip.header.HeaderFactory;
import javax.sip.header.ProxyAuthenticateHeader;
import javax.sip.header.ProxyAuthorizationHeader;
import javax.sip.header.RouteHeader;
import javax.sip.header.ViaHeader;
import javax.sip.header.WWWAuthenticateHeader;
import javax.sip.message.Request;
import javax.sip.message.Response;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import org.parley.telephony.DigestAlgorithm;

/**
 * Parley's account at the trunk ({@code parley.sip.trunk.username}, {@code .password}, {@code .realm}):
 * answers a 401 or 407 that the trunk gives a request Parley sent it (RFC 3261 sections 22.2 and
 * 22.3) with Authorization or Proxy-Authorization, MD5 or SHA-256 (RFC 8760), qop=auth with a new
 * cnonce and nc 00000001 when the challenge offers it. Only requests to the trunk (whose next hop
 * has the host and port of {@code parley.sip.trunk.uri}) are answered, never another peer's challenge; no username
 * means no credentials. The password is never logged. Immutable after the first use; thread-safe.
 */
@ApplicationScoped
public class TrunkCredentials {

    private static final Logger LOG = Logger.getLogger(TrunkCredentials.class.getName());
    private static final String QOP = "auth";
    private static final String FIRST_NONCE_COUNT = "00000001";
    private static final int CNONCE_BYTES = 16;

    @Inject
    @ConfigProperty(name = "parley.sip.trunk.uri")
    Optional<String> trunkUri;

    @Inject
    @ConfigProperty(name = "parley.sip.trunk.username")
    Optional<String> username;

    /** A secret: never logged. */
    @Inject
    @ConfigProperty(name = "parley.sip.trunk.password")
    Optional<String> password;

    /** Decides the trunk URI's port when it names none (5061 for tls). */
    @Inject
    @ConfigProperty(name = "parley.sip.trunk.transport")
    Optional<String> trunkTransport = Optional.empty();

    /** The realm the credentials are for; empty answers whichever realm the trunk names. */
    @Inject
    @ConfigProperty(name = "parley.sip.trunk.realm")
    Optional<String> realm;

    private final SecureRandom random = new SecureRandom();
    private volatile Optional<Account> account;

    /** The account: whom to answer and with what; {@link #toString()} leaves the password out. */
    record Account(TrunkTrust.Source trunk, String username, String password, String realm) {

        /** Whether there are credentials: a username (empty means none). */
        boolean configured() {
            return !username.isEmpty();
        }

        @Override
        public String toString() {
            return "Account[" + username + "@" + trunk + (realm.isEmpty() ? "" : " realm " + realm) + "]";
        }
    }

    private Optional<Account> account() {
        var known = account;
        if (known == null) {
            var user = username.map(String::strip).orElse("");
            var trunk = TrunkTrust.ofTrunk(trunkUri.map(String::strip).orElse(""), trunkTransport.orElse(""));
            known = trunk.map(t -> new Account(t, user, password.orElse(""), realm.map(String::strip).orElse("")));
            account = known;
            LOG.info(() -> "SIP trunk credentials: "
                    + account.filter(Account::configured).map(Account::toString).orElse("none"));
        }
        return known;
    }

    /** Whether a request to {@code target} would answer the trunk's challenges: credentials exist and it is the trunk. */
    public boolean answersFor(URI target) {
        return account().filter(a -> a.configured() && isTrunk(a, target)).isPresent();
    }

    /**
     * Whether {@code request} goes to the trunk, credentials or not: its next hop (the top Route,
     * as for a request in a dialog the PBX record-routed, else the Request-URI) has the host and
     * port of the trunk URI.
     */
    public boolean isTrunk(Request request) {
        return account().filter(a -> isTrunk(a, nextHop(request))).isPresent();
    }

    private static URI nextHop(Request request) {
        var route = (RouteHeader) request.getHeader(RouteHeader.NAME);
        return route != null ? route.getAddress().getURI() : request.getRequestURI();
    }

    private static boolean isTrunk(Account account, URI target) {
        if (!(target instanceof SipURI sip)) {
            return false;
        }
        var secure = sip.isSecure() || "tls".equalsIgnoreCase(sip.getTransportParam());
        return account.trunk().matches(sip.getHost(), sip.getPort() >= 0 ? sip.getPort() : secure ? 5061 : 5060);
    }

    /**
     * The request to send again for {@code sent}, which the trunk challenged with {@code challenge}:
     * a copy with the credentials, the next CSeq and a new Via branch (a new transaction; Call-ID
     * and tags stay). Empty when it cannot be answered: no credentials, not the trunk, no challenge
     * of a realm and algorithm Parley can answer.
     */
    public Optional<Request> answer(Request sent, Response challenge, HeaderFactory headers) {
        var known = account();
        if (known.isEmpty() || !known.get().configured() || !isTrunk(known.get(), nextHop(sent))) {
            return Optional.empty();
        }
        try {
            var credentials = authorization(known.get(), sent, challenge, headers, newCnonce());
            if (credentials.isEmpty()) {
                LOG.log(Level.FINE, "SIP trunk challenge of {0} not answerable (realm or algorithm)", sent.getMethod());
                return Optional.empty();
            }
            var again = (Request) sent.clone();
            again.removeHeader(AuthorizationHeader.NAME);
            again.removeHeader(ProxyAuthorizationHeader.NAME);
            again.setHeader(credentials.get());
            var cseq = (CSeqHeader) again.getHeader(CSeqHeader.NAME);
            cseq.setSeqNumber(cseq.getSeqNumber() + 1);
            var via = (ViaHeader) again.getHeader(ViaHeader.NAME);
            via.setBranch(gov.nist.javax.sip.Utils.getInstance().generateBranchId());
            return Optional.of(again);
        } catch (ParseException | InvalidArgumentException e) {
            LOG.log(Level.FINE, "SIP trunk challenge not answered: {0}", e.toString());
            return Optional.empty();
        }
    }

    private String newCnonce() {
        var bytes = new byte[CNONCE_BYTES];
        random.nextBytes(bytes);
        return HexFormat.of().formatHex(bytes);
    }

    /**
     * The Authorization (401) or Proxy-Authorization (407) answering the first challenge of the
     * response whose realm and algorithm fit (RFC 8760 section 2.4: the first one the client
     * supports), for {@code request} as it is sent again.
     */
    static Optional<AuthorizationHeader> authorization(Account account, Request request, Response challenge,
            HeaderFactory headers, String cnonce) throws ParseException {
        boolean proxy = challenge.getStatusCode() == Response.PROXY_AUTHENTICATION_REQUIRED;
        if (!proxy && challenge.getStatusCode() != Response.UNAUTHORIZED) {
            return Optional.empty();
        }
        for (ListIterator<?> it = challenge.getHeaders(proxy ? ProxyAuthenticateHeader.NAME : WWWAuthenticateHeader.NAME);
                it.hasNext();) {
            var offer = (WWWAuthenticateHeader) it.next();
            var algorithm = DigestAlgorithm.fromWire(offer.getAlgorithm());
            var qop = qopOf(offer.getQop());
            if ("Digest".equalsIgnoreCase(offer.getScheme()) && offer.getRealm() != null && offer.getNonce() != null
                    && algorithm.isPresent() && qop != null
                    && (account.realm().isEmpty() || account.realm().equals(offer.getRealm()))) {
                return Optional.of(answer(account, request, offer, algorithm.get(), qop, proxy, headers, cnonce));
            }
        }
        return Optional.empty();
    }

    /** "auth" when the offer lists it, "" when it has no qop (RFC 2069), null when only others (auth-int). */
    private static String qopOf(String offered) {
        if (offered == null || offered.isBlank()) {
            return "";
        }
        for (var option : offered.split(",")) {
            if (QOP.equals(option.strip().toLowerCase(Locale.ROOT))) {
                return QOP;
            }
        }
        return null;
    }

    private static AuthorizationHeader answer(Account account, Request request, WWWAuthenticateHeader offer,
            DigestAlgorithm algorithm, String qop, boolean proxy, HeaderFactory headers, String cnonce)
            throws ParseException {
        AuthorizationHeader header = proxy ? headers.createProxyAuthorizationHeader("Digest")
                : headers.createAuthorizationHeader("Digest");
        var uri = request.getRequestURI();
        var ha1 = algorithm.ha1(account.username(), offer.getRealm(), account.password());
        header.setUsername(account.username());
        header.setRealm(offer.getRealm());
        header.setNonce(offer.getNonce());
        header.setURI(uri);
        header.setAlgorithm(algorithm.wireName());
        if (offer.getOpaque() != null) {
            header.setOpaque(offer.getOpaque());
        }
        if (qop.isEmpty()) {
            header.setResponse(algorithm.response(ha1, request.getMethod(), uri.toString(), offer.getNonce(), null, null, null));
        } else {
            header.setQop(qop);
            header.setCNonce(cnonce);
            header.setNonceCount(1);
            header.setResponse(algorithm.response(ha1, request.getMethod(), uri.toString(), offer.getNonce(), qop,
                    FIRST_NONCE_COUNT, cnonce));
        }
        return header;
    }
}
