package org.parley.sip;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;

import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/** Readiness of the SIP edge: up when it listens, or when it is switched off on purpose. */
@ApplicationScoped
public class SipHealth {

    @EJB
    SipEdgeLifecycle edge;

    @Produces
    @Readiness
    HealthCheck sip() {
        return () -> HealthCheckResponse.named("sip")
                .status(!edge.isEnabled() || edge.isRunning())
                .withData("enabled", edge.isEnabled())
                .build();
    }
}
