package org.parley.telephony;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** The request URI of a call through the trunk. */
class CallRouteTest {

    @Test
    void theNumberShouldBecomeTheUserPartOfTheTrunksUri() {
        assertEquals("sip:+4930123@127.0.0.1:5070", new CallRoute.ToTrunk("+4930123", "sip:127.0.0.1:5070").requestUri());
        assertEquals("sips:100@pbx.example.com;transport=tls",
                new CallRoute.ToTrunk("100", "sips:pbx.example.com;transport=tls").requestUri());
    }

    @Test
    void aUserPartInTheTrunksUriShouldBeReplacedByTheNumber() {
        assertEquals("sip:4930555@pbx.example.com", new CallRoute.ToTrunk("4930555", "sip:gateway@pbx.example.com").requestUri());
    }
}
