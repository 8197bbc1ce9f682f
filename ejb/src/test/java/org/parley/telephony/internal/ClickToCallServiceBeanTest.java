package org.parley.telephony.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.parley.directory.Card;
import org.parley.directory.OrgDirectory;
import org.parley.error.ParleyException;
import org.parley.telephony.CallControl;
import org.parley.telephony.CallRoute;
import org.parley.telephony.CallService;
import org.parley.telephony.ClickToCall;
import org.parley.telephony.RegistrarService;

/** "Call me at" a number: only the caller's own directory numbers, unless any number is allowed. */
class ClickToCallServiceBeanTest {

    private static final String TRUNK = "sip:127.0.0.1:5070";

    private final ClickToCallServiceBean service = new ClickToCallServiceBean();
    private final List<ClickToCall> placed = new ArrayList<>();

    @BeforeEach
    void wire() {
        service.rules = new CallService() {
            @Override
            public CallRoute route(String caller, String target) {
                return target.matches("[+]?[0-9]+") ? new CallRoute.ToTrunk(target, TRUNK)
                        : new CallRoute.ToDevices(target, List.of("sip:" + target + "@10.0.0.9"));
            }

            @Override
            public CallRoute routeFromTrunk(String caller, String target) {
                throw new UnsupportedOperationException();
            }

            @Override
            public void connected(String callKey, Collection<String> parties) {
            }

            @Override
            public void ended(String callKey) {
            }
        };
        service.registrar = only(RegistrarService.class, "bindings", List.of());
        service.directory = only(OrgDirectory.class, "card", Optional.of(new Card("bob", "Bob", "Bob", "B", "", "",
                "bob@example.com", "+49 (30) 1234-567", "+49.170.555", "", "", "", "", false)));
        service.events = event -> { };
        service.attach(new CallControl() {
            @Override
            public void place(ClickToCall call) {
                placed.add(call);
            }

            @Override
            public void hangUp(String callId) {
            }
        });
    }

    @Test
    void callMeAtShouldRingTheCallersOwnOfficeOrMobileNumberWrittenAnyWay() {
        service.start("bob", "carol", "+49 30 1234567");
        service.start("bob", "dave", "+49170555");
        assertEquals(List.of("+49301234567", "+49170555"),
                placed.stream().map(c -> ((CallRoute.ToTrunk) c.first()).number()).toList());
    }

    @Test
    void callMeAtSomeoneElsesNumberShouldBeForbiddenAndRingNothing() {
        var refused = assertThrows(ParleyException.Forbidden.class, () -> service.start("bob", "carol", "+49 30 7654321"));
        assertTrue(refused.getMessage().contains("your own office or mobile number"), refused.getMessage());
        assertTrue(placed.isEmpty());
    }

    @Test
    void anyNumberShouldBeRungWhenTheAdministratorAllowsIt() {
        service.callMeAtAnyNumber = true;
        service.start("bob", "carol", "+49 30 7654321");
        assertEquals("+49307654321", ((CallRoute.ToTrunk) placed.get(0).first()).number());
    }

    /** An implementation of {@code type} whose one method {@code name} answers {@code value}. */
    private static <T> T only(Class<T> type, String name, Object value) {
        return type.cast(Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] {type}, (proxy, method, args) -> {
            if (method.getName().equals(name)) {
                return value;
            }
            throw new UnsupportedOperationException(method.getName());
        }));
    }
}
