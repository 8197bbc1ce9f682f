package org.parley.telephony.internal;

import java.util.Collection;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

import jakarta.ejb.EJB;
import jakarta.ejb.Local;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.parley.directory.Directory;
import org.parley.directory.UserIds;
import org.parley.error.ParleyException;
import org.parley.privacy.PrivacyService;
import org.parley.telephony.CallRoute;
import org.parley.telephony.CallService;
import org.parley.telephony.RegistrarService;
import org.parley.telephony.Registration;

/**
 * Routes calls: a directory user is called on every device registered now unless their Do Not
 * Disturb keeps the caller out; a number that is not a user goes to the trunk when one is
 * configured and the number pattern allows it. Presence effects are left to {@link CallPresence}.
 */
@Stateless
@Local(CallService.class)
@TransactionAttribute(TransactionAttributeType.SUPPORTS)
public class CallServiceBean implements CallService {

    /** What looks like a telephone number: an optional '+', then digits (separators already removed). */
    private static final Pattern NUMBER = Pattern.compile("\\+?[0-9]{2,20}");

    @Inject
    Directory directory;

    @EJB
    RegistrarService registrar;

    @EJB
    PrivacyService privacy;

    @EJB
    CallPresence presence;

    @Inject
    Trunk trunk;

    @Override
    public CallRoute route(String caller, String target) {
        if (isUser(target)) {
            return toUser(caller, target);
        }
        if (target == null || !NUMBER.matcher(target).matches()) {
            return new CallRoute.Unreachable(CallRoute.Why.NO_SUCH_USER, "'" + target + "' is not a Parley user");
        }
        var uri = trunk.uri();
        if (uri.isEmpty()) {
            return new CallRoute.Unreachable(CallRoute.Why.NO_TRUNK,
                    target + " is not a Parley user and no trunk is configured for numbers");
        }
        if (!trunk.allows(target)) {
            return new CallRoute.Unreachable(CallRoute.Why.NUMBER_NOT_ALLOWED, target + " may not be called from Parley");
        }
        return new CallRoute.ToTrunk(target, uri.get());
    }

    @Override
    public CallRoute routeFromTrunk(String caller, String target) {
        if (caller == null || !NUMBER.matcher(caller).matches()) {
            return new CallRoute.Unreachable(CallRoute.Why.NUMBER_NOT_ALLOWED,
                    "a call from the trunk must name the calling number");
        }
        if (!isUser(target)) {
            return new CallRoute.Unreachable(CallRoute.Why.NUMBER_NOT_ALLOWED,
                    "calls from the trunk reach Parley users only");
        }
        if (isUser(caller)) {
            return new CallRoute.Unreachable(CallRoute.Why.NUMBER_NOT_ALLOWED,
                    "a call from the trunk cannot come from a Parley user");
        }
        return toUser(caller, target);
    }

    private boolean isUser(String id) {
        try {
            return directory.exists(UserIds.requireValid(id));
        } catch (ParleyException.Invalid e) {
            return false;
        }
    }

    private CallRoute toUser(String caller, String callee) {
        if (!caller.equals(callee) && !privacy.mayReach(caller, callee)) {
            return new CallRoute.Unreachable(CallRoute.Why.DO_NOT_DISTURB,
                    callee + " does not want to be disturbed now");
        }
        var devices = registrar.bindings(callee).stream().map(Registration::contact).toList();
        if (devices.isEmpty()) {
            return new CallRoute.Unreachable(CallRoute.Why.NO_DEVICE, callee + " has no phone registered now");
        }
        return new CallRoute.ToDevices(callee, devices);
    }

    @Override
    public void connected(String callKey, Collection<String> parties) {
        parties.stream().distinct().filter(this::isUser).forEach(user -> presence.onThePhone(callKey, user));
    }

    @Override
    public void ended(String callKey) {
        presence.hungUp(callKey);
    }

    /** The trunk for numbers outside Parley, as configured. */
    @jakarta.enterprise.context.ApplicationScoped
    public static class Trunk {

        @Inject
        @ConfigProperty(name = "parley.sip.trunk.uri")
        Optional<String> uri;

        @Inject
        @ConfigProperty(name = "parley.sip.trunk.numberPattern", defaultValue = "[+]?[0-9]{2,20}")
        String numberPattern;

        private volatile Pattern pattern;

        Optional<String> uri() {
            return uri.map(String::strip).filter(u -> !u.isEmpty());
        }

        boolean allows(String number) {
            var p = pattern;
            if (p == null) {
                try {
                    p = Pattern.compile(numberPattern);
                } catch (PatternSyntaxException e) {
                    p = Pattern.compile("(?!)");
                    java.util.logging.Logger.getLogger(Trunk.class.getName()).severe(
                            "parley.sip.trunk.numberPattern is not a regular expression; no number is allowed: "
                                    + e.getDescription());
                }
                pattern = p;
            }
            return p.matcher(number).matches();
        }
    }
}
