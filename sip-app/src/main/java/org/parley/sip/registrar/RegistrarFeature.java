package org.parley.sip.registrar;

import java.util.List;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.parley.sip.SipFeature;
import org.parley.sip.SipOutbound;
import org.parley.sip.SipRequestHandler;
import org.parley.sip.auth.DigestAuthenticator;
import org.parley.telephony.RegistrarService;

/** The registrar feature of the SIP edge. */
@ApplicationScoped
public class RegistrarFeature implements SipFeature {

    @EJB
    RegistrarService registrar;

    @Inject
    DigestAuthenticator authenticator;

    @Override
    public List<SipRequestHandler> handlers(SipOutbound outbound) {
        return List.of(new RegisterHandler(registrar, authenticator, outbound));
    }
}
