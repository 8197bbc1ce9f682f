package org.parley.it.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.function.ToIntFunction;
import javax.sip.message.Request;
import javax.sip.message.Response;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.parley.sipagent.SipAgent;

/**
 * Click-to-call from the web client with real SIP phones (JAIN-SIP agents registered as carol and
 * bob): Call on a contact rings carol's phone (an INVITE without SDP), then bob's with her offer;
 * the call banner follows ringing, calling, connected (and survives a reload); Hang up sends BYE
 * to both phones. A callee who declines shows "Refused"; a callee on Do Not Disturb and no phone
 * registered show why the call was not placed, in words.
 */
class ClickToCallBrowserIT {

    private static final By BANNER = By.cssSelector("#calls .call-banner");
    private static final By CALL_BOB = By.cssSelector("#panel-contacts li.person[data-user='bob'] button.call-start");

    @BeforeEach
    void knownState() {
        Accounts.reset("carol");
        Accounts.reset("bob");
    }

    @AfterEach
    void noPhonesLeft() {
        Phones.none("carol");
        Phones.none("bob");
    }

    @Test
    void callOnAContactConnectsBothPhonesAndHangUpEndsBoth() throws Exception {
        try (var carolPhone = Phones.registered("carol"); var bobPhone = Phones.registered("bob");
                var carol = Browser.start("carol-click-to-call")) {
            // Both phones ring (180) until the test picks them up, as their users would.
            carolPhone.answerWith(invites(Response.RINGING));
            bobPhone.answerWith(invites(Response.RINGING));
            signInWithBobAsContact(carol);

            carol.click(CALL_BOB);
            var mine = carolPhone.await(Request.INVITE, 10);
            assertEquals("", SipAgent.body(mine), "flow I: carol's phone is asked without an offer");
            assertTrue(mine.getHeader("From").toString().contains("sip:bob@"), "her phone shows whom it will call");
            awaitState(carol, "ringing");
            carol.waitForText(BANNER, "Your phone is ringing: answer it to call Bob Baker.");
            assertEquals("Hang up the call with Bob Baker", carol.driver().switchTo().activeElement().getAttribute("aria-label"),
                    "the focus moves to the new call's Hang up");

            carolPhone.answerRinging(Phones.callId(mine), Response.OK);
            var theirs = bobPhone.await(Request.INVITE, 10);
            assertTrue(SipAgent.body(theirs).contains("o=carol"), "bob's phone gets carol's offer");
            awaitState(carol, "calling");
            carol.waitForText(BANNER, "ringing Bob Baker");

            bobPhone.answerRinging(Phones.callId(theirs), Response.OK);
            assertTrue(SipAgent.body(carolPhone.await(Request.ACK, 10)).contains("o=bob"), "carol's ACK carries bob's answer");
            bobPhone.await(Request.ACK, 10);
            awaitState(carol, "connected");
            carol.waitForText(BANNER, "You are talking with Bob Baker.");
            Axe.assertNone(Axe.serious(carol, "call-banner"));
            carol.screenshot("call-connected");

            // A reload: the call going on is read again and shown as it is.
            carol.driver().navigate().refresh();
            carol.waitFor(By.cssSelector("body[data-connection='live']"));
            awaitState(carol, "connected");

            // Hang up, by keyboard.
            carol.waitFor(By.cssSelector("#calls button.hang-up")).sendKeys(Keys.ENTER);
            carolPhone.await(Request.BYE, 10);
            bobPhone.await(Request.BYE, 10);
            awaitState(carol, "ended");
            carol.waitForText(BANNER, "The call with Bob Baker ended: hung up.");
            assertEquals("Dismiss the call with Bob Baker", carol.driver().switchTo().activeElement().getAttribute("aria-label"),
                    "the focus stays on the call, now on Dismiss");
            carol.click(By.cssSelector("#calls .call-banner button"));
            carol.waitUntil(d -> d.findElements(BANNER).isEmpty());
            carolPhone.register(0);
            bobPhone.register(0);
        }
    }

    @Test
    void turningAChatIntoACallThatTheCalleeDeclinesShowsRefused() throws Exception {
        try (var carolPhone = Phones.registered("carol"); var bobPhone = Phones.registered("bob");
                var carol = Browser.start("carol-declined")) {
            bobPhone.answerWith(invites(Response.DECLINE));
            signInWithBobAsContact(carol);
            carol.click(By.cssSelector("#panel-contacts li.person[data-user='bob'] button[aria-label^='Chat with']"));
            carol.waitFor(By.id("composer"));

            // Bob on Do Not Disturb: the call is not placed (409 callee-dnd), said in words.
            Accounts.status("bob", "dnd", "focus time");
            carol.click(By.cssSelector("#chat-view .chat-head button.call-start"));
            carol.waitForText(By.id("call-error"), "Call not placed. Bob Baker does not want to be disturbed now.");
            assertTrue(carol.findAll(BANNER).isEmpty(), "no call was placed");
            Accounts.status("bob", "available", "");

            carol.click(By.cssSelector("#chat-view .chat-head button.call-start"));
            carolPhone.await(Request.INVITE, 10);
            bobPhone.await(Request.INVITE, 10);
            var ended = carolPhone.awaitEach(10, Request.ACK, Request.BYE);
            assertTrue(SipAgent.body(ended.get(Request.ACK)).contains("m=audio 0 "), "carol's leg takes no media and ends");
            awaitState(carol, "refused");
            carol.waitForText(BANNER, "Bob Baker did not take the call: the callee refused the call (603).");
            carol.screenshot("call-refused");
            carolPhone.register(0);
            bobPhone.register(0);
        }
    }

    @Test
    void hangingUpWhileTheirOwnPhoneRingsCancelsItAndBobIsNeverRung() throws Exception {
        try (var carolPhone = Phones.registered("carol"); var bobPhone = Phones.registered("bob");
                var carol = Browser.start("carol-cancel")) {
            carolPhone.answerWith(invites(Response.RINGING));
            signInWithBobAsContact(carol);
            carol.click(CALL_BOB);
            carolPhone.await(Request.INVITE, 10);
            awaitState(carol, "ringing");
            carol.click(By.cssSelector("#calls button.hang-up"));
            carolPhone.await(Request.CANCEL, 10);
            awaitState(carol, "ended");
            carol.waitForText(BANNER, "The call with Bob Baker ended: hung up.");
            assertTrue(bobPhone.drain().stream().noneMatch(r -> Request.INVITE.equals(r.getMethod())), "bob's phone never rang");
            carolPhone.register(0);
            bobPhone.register(0);
        }
    }

    @Test
    void withoutAPhoneTheCardSaysWhyAndCallMeAtOffersTheUsersOwnNumbers() {
        Phones.none("carol");
        try (var carol = Browser.start("carol-no-phone")) {
            signInWithBobAsContact(carol);
            carol.click(By.cssSelector("#panel-contacts li.person[data-user='bob'] button[aria-label^='Business card']"));
            carol.click(By.cssSelector("#card-dialog button.call-start"));
            carol.waitForText(By.id("card-call-error"),
                    "Call not placed. You have no phone registered; register one or give a number to be called at");
            assertTrue(carol.findAll(BANNER).isEmpty(), "no call was placed");

            // Call me at…: her phone (none now) and her own directory numbers, by keyboard.
            carol.waitFor(By.cssSelector("#card-dialog button.call-me-at")).sendKeys(Keys.ARROW_DOWN);
            carol.waitFor(By.cssSelector("#card-dialog .call-menu [data-from='device']"));
            var items = carol.findAll(By.cssSelector("#card-dialog .call-menu [role=menuitem]")).stream()
                    .map(e -> e.getText()).toList();
            assertEquals(java.util.List.of("My phone (none registered now)", "My office, +1-555-0124-7271",
                    "My mobile, +1-555-0125-5190"), items);
            assertEquals("device", carol.driver().switchTo().activeElement().getAttribute("data-from"));
            carol.screenshot("call-me-at");
            // Escape closes the menu, not the card, and gives the focus back to its button.
            carol.driver().switchTo().activeElement().sendKeys(Keys.ESCAPE);
            carol.waitUntil(d -> d.findElement(By.cssSelector("#card-dialog .call-menu")).isDisplayed() ? null : true);
            assertTrue(carol.waitFor(By.id("card-close")).isDisplayed(), "the card stays open");
            assertTrue(carol.driver().switchTo().activeElement().getAttribute("class").contains("call-me-at"));
            carol.driver().switchTo().activeElement().sendKeys(Keys.ARROW_DOWN);
            carol.waitFor(By.cssSelector("#card-dialog .call-menu [data-from='device']"));
            carol.waitUntil(d -> "device".equals(d.switchTo().activeElement().getAttribute("data-from")) ? true : null);
            carol.driver().switchTo().activeElement().sendKeys(Keys.ARROW_DOWN);
            assertEquals("+1-555-0124-7271", carol.driver().switchTo().activeElement().getAttribute("data-from"));
            carol.driver().switchTo().activeElement().sendKeys(Keys.ENTER);
            // The test server's telephone line only allows +49 numbers: 403 in words.
            carol.waitForText(By.id("card-call-error"), "Call not placed. +155501247271 may not be called from Parley");
            carol.screenshot("call-no-phone");
        }
    }

    /** A phone's answers: {@code status} to an INVITE, 200 to anything else. */
    private static ToIntFunction<Request> invites(int status) {
        return r -> Request.INVITE.equals(r.getMethod()) ? status : Response.OK;
    }

    private static void signInWithBobAsContact(Browser carol) {
        carol.signIn("carol");
        WebClientBrowserIT.addContact(carol, "bob");
    }

    private static void awaitState(Browser browser, String state) {
        browser.waitFor(By.cssSelector("#calls .call-banner[data-state='" + state + "']"));
    }
}
