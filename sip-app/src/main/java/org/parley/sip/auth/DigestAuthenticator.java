package org.parley.sip.auth;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.text.ParseException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.Optional;
import javax.sip.InvalidArgumentException;
import javax.sip.ServerTransaction;
import javax.sip.SipException;
import javax.sip.header.AuthorizationHeader;
import javax.sip.header.FromHeader;
import javax.sip.header.HeaderFactory;
import javax.sip.header.ProxyAuthorizationHeader;
import javax.sip.header.WWWAuthenticateHeader;
import javax.sip.header.UserAgentHeader;
import javax.sip.message.Request;
import javax.sip.message.Response;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import org.parley.directory.UserIds;
import org.parley.error.ParleyException;
import org.parley.sip.SipResponder;
import org.parley.sip.SipUsers;
import org.parley.telephony.DigestAlgorithm;
import org.parley.telephony.SipCredentialService;

/**
 * Checks the Authorization header of a request against the user's stored HA1 (RFC 3261 section
 * 22.4 with qop=auth, RFC 8760 SHA-256) and writes challenges offering SHA-256 first, then MD5.
 * The digest username is the directory user id. Stateless apart from the nonce key; thread-safe.
 */
@ApplicationScoped
public class DigestAuthenticator {

    private static final Logger LOG = Logger.getLogger(DigestAuthenticator.class.getName());
    /** How long a nonce is good for before a phone must take a new one (it does so silently). */
    static final Duration NONCE_LIFETIME = Duration.ofMinutes(5);
    private static final String QOP = "auth";

    @EJB
    SipCredentialService credentials;

    /** The algorithms offered, in the order of the challenges; phones may answer with any of them. */
    @Inject
    @ConfigProperty(name = "parley.sip.digestAlgorithms", defaultValue = "SHA-256,MD5")
    String algorithmNames;

    /**
     * User-Agent prefixes of phones that fail on any challenge they cannot answer (baresip 1.0
     * gives up when it sees a SHA-256 one); they are challenged with MD5 alone.
     */
    @Inject
    @ConfigProperty(name = "parley.sip.md5OnlyUserAgents", defaultValue = "baresip v1.")
    String md5OnlyAgents;

    private final Nonces nonces = new Nonces(NONCE_LIFETIME);
    private volatile List<DigestAlgorithm> offered;

    private List<DigestAlgorithm> offered() {
        var known = offered;
        if (known == null) {
            known = parse(algorithmNames);
            offered = known;
        }
        return known;
    }

    private boolean md5Only(Request request) {
        var agent = (UserAgentHeader) request.getHeader(UserAgentHeader.NAME);
        if (agent == null || md5OnlyAgents == null || md5OnlyAgents.isBlank()) {
            return false;
        }
        var product = new StringBuilder();
        agent.getProduct().forEachRemaining(part -> product.append(part).append(' '));
        var text = product.toString();
        for (var prefix : md5OnlyAgents.split(",")) {
            if (!prefix.isBlank() && text.startsWith(prefix.strip())) {
                return true;
            }
        }
        return false;
    }

    /** Parses "SHA-256,MD5"; unknown names are left out, and nothing valid means both, SHA-256 first. */
    static List<DigestAlgorithm> parse(String names) {
        var list = new ArrayList<DigestAlgorithm>();
        for (var name : (names == null ? "" : names).split(",")) {
            if (!name.isBlank()) {
                DigestAlgorithm.fromWire(name).filter(a -> !list.contains(a)).ifPresentOrElse(list::add,
                        () -> LOG.log(Level.WARNING, "Unknown digest algorithm ''{0}'' in parley.sip.digestAlgorithms", name));
            }
        }
        return list.isEmpty() ? List.of(DigestAlgorithm.values()) : List.copyOf(list);
    }

    /** Authenticates {@code request}; the caller answers a {@link AuthResult.Challenge} with {@link #challenge}. */
    public AuthResult authenticate(Request request) {
        return authenticate(request, AuthorizationHeader.NAME);
    }

    /** Authenticates {@code request} by its Proxy-Authorization header (RFC 3261 section 22.3). */
    public AuthResult authenticateForProxy(Request request) {
        return authenticate(request, ProxyAuthorizationHeader.NAME);
    }

    private AuthResult authenticate(Request request, String headerName) {
        var header = (AuthorizationHeader) request.getHeader(headerName);
        if (header == null) {
            return new AuthResult.Challenge(false);
        }
        var user = header.getParameter("username");
        var realm = header.getParameter("realm");
        var algorithm = DigestAlgorithm.fromWire(header.getParameter("algorithm"));
        if (user == null || realm == null || algorithm.isEmpty() || !offered().contains(algorithm.get())
                || !"Digest".equalsIgnoreCase(header.getScheme())
                || !realm.equals(credentials.realm()) || !validUser(user)) {
            return new AuthResult.Challenge(false);
        }
        var check = nonces.check(header.getParameter("nonce"), Instant.now());
        if (check == Nonces.Check.INVALID) {
            return new AuthResult.Challenge(false);
        }
        var ha1 = credentials.ha1(user, realm, algorithm.get());
        if (ha1.isEmpty() || !matches(header, request.getMethod(), algorithm.get(), ha1.get())) {
            LOG.log(Level.FINE, "SIP digest authentication failed for {0}", user);
            return new AuthResult.Challenge(false);
        }
        if (check == Nonces.Check.VALID && header.getParameter("qop") != null
                && !nonces.firstUse(header.getParameter("nonce"), header.getParameter("cnonce"), header.getParameter("nc"),
                        Instant.now())) {
            // an answer seen before: a replay, or a request so late that the phone's later ones came first
            LOG.log(Level.FINE, "SIP digest answer of {0} used again (nonce count {1})",
                    new Object[] {user, header.getParameter("nc")});
            return new AuthResult.Challenge(true);
        }
        return check == Nonces.Check.STALE ? new AuthResult.Challenge(true) : new AuthResult.Authenticated(user);
    }

    private static boolean validUser(String user) {
        try {
            UserIds.requireValid(user);
            return true;
        } catch (ParleyException.Invalid e) {
            return false;
        }
    }

    private static boolean matches(AuthorizationHeader header, String method, DigestAlgorithm algorithm, String ha1) {
        var uri = header.getParameter("uri");
        var nonce = header.getParameter("nonce");
        var given = header.getParameter("response");
        if (uri == null || given == null) {
            return false;
        }
        var qop = header.getParameter("qop");
        String expected;
        if (qop == null) {
            expected = algorithm.response(ha1, method, uri, nonce, null, null, null);
        } else if (QOP.equalsIgnoreCase(qop)) {
            var nc = header.getParameter("nc");
            var cnonce = header.getParameter("cnonce");
            if (nc == null || cnonce == null) {
                return false;
            }
            expected = algorithm.response(ha1, method, uri, nonce, qop, nc, cnonce);
        } else {
            return false;
        }
        return MessageDigest.isEqual(expected.getBytes(StandardCharsets.US_ASCII),
                given.toLowerCase(Locale.ROOT).getBytes(StandardCharsets.US_ASCII));
    }

    /**
     * The authenticated user of the request whose From names that same user; otherwise answers
     * 401 with a challenge (or 403 when the From is someone else) and returns empty.
     */
    public Optional<String> callerOf(ServerTransaction transaction, SipResponder responder, boolean fromMustMatch)
            throws ParseException, SipException, InvalidArgumentException {
        return callerOf(transaction, responder, fromMustMatch, false);
    }

    /**
     * The authenticated caller of a request that Parley proxies (INVITE), whose From must name
     * that user; otherwise answers 407 with Proxy-Authenticate challenges (or 403) and returns empty.
     */
    public Optional<String> proxyCallerOf(ServerTransaction transaction, SipResponder responder)
            throws ParseException, SipException, InvalidArgumentException {
        return callerOf(transaction, responder, true, true);
    }

    private Optional<String> callerOf(ServerTransaction transaction, SipResponder responder, boolean fromMustMatch,
            boolean proxy) throws ParseException, SipException, InvalidArgumentException {
        var request = transaction.getRequest();
        var result = proxy ? authenticateForProxy(request) : authenticate(request);
        if (result instanceof AuthResult.Challenge c) {
            var response = responder.create(request,
                    proxy ? Response.PROXY_AUTHENTICATION_REQUIRED : Response.UNAUTHORIZED);
            addChallenges(request, response, responder.headers(), c.stale(), proxy);
            responder.send(transaction, response);
            return Optional.empty();
        }
        var user = ((AuthResult.Authenticated) result).user();
        if (fromMustMatch && !SipUsers.of(((FromHeader) request.getHeader(FromHeader.NAME)).getAddress())
                .filter(user::equals).isPresent()) {
            responder.answer(transaction, Response.FORBIDDEN, "From Is Not The Authenticated User");
            return Optional.empty();
        }
        return Optional.of(user);
    }

    /**
     * Adds one WWW-Authenticate per offered algorithm to a 401 response, in the configured order:
     * SHA-256 first by default (RFC 8760 section 2.4); older phones that only read the first
     * challenge (baresip 1.0) need MD5 first.
     */
    public void challenge(Request request, Response response, HeaderFactory headers, boolean stale)
            throws ParseException {
        addChallenges(request, response, headers, stale, false);
    }

    private void addChallenges(Request request, Response response, HeaderFactory headers, boolean stale, boolean proxy)
            throws ParseException {
        var nonce = nonces.issue(Instant.now());
        for (var algorithm : md5Only(request) ? List.of(DigestAlgorithm.MD5) : offered()) {
            WWWAuthenticateHeader www = proxy ? headers.createProxyAuthenticateHeader("Digest")
                    : headers.createWWWAuthenticateHeader("Digest");
            www.setRealm(credentials.realm());
            www.setNonce(nonce);
            www.setAlgorithm(algorithm.wireName());
            www.setQop(QOP);
            if (stale) {
                www.setStale(true);
            }
            response.addHeader(www);
        }
    }
}
