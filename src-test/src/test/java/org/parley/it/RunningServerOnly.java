package org.parley.it;

import java.nio.file.Path;
import java.util.Optional;

import com.sun.tools.attach.VirtualMachine;
import com.sun.tools.attach.VirtualMachineDescriptor;

import org.jboss.arquillian.container.spi.event.container.BeforeStart;
import org.jboss.arquillian.core.api.annotation.Observes;
import org.jboss.arquillian.core.spi.LoadableExtension;

/**
 * Keeps Arquillian to the server this build started. The Liberty adapter attaches to the first
 * local JVM whose command line contains the server name and a Liberty launcher jar, and starts a
 * server of its own when there is none. So before it starts, this extension checks that the
 * JVM the adapter will pick is the build's own parley-it server (the launcher under
 * {@code parley.it.wlp}), and fails the run with the reason otherwise: no server running, or
 * another checkout's server of the same name found first.
 */
public class RunningServerOnly implements LoadableExtension {

    @Override
    public void register(ExtensionBuilder builder) {
        builder.observer(Guard.class);
    }

    /** Observes the container start and refuses it unless it would connect to the build's server. */
    public static class Guard {

        public void requireTheBuildsRunningServer(@Observes BeforeStart event) {
            var serverName = System.getProperty("parley.it.server", "parley-it");
            var wlp = Path.of(System.getProperty("parley.it.wlp")).toAbsolutePath().normalize();
            var picked = firstLibertyJvmNamed(serverName).orElseThrow(() -> new IllegalStateException(
                    "No Liberty server '" + serverName + "' is running; Arquillian tests deploy to the one that "
                            + "'mvnw verify -pl src-test' starts under " + wlp + " and never start one"));
            if (!picked.displayName().startsWith(wlp + "/")) {
                throw new IllegalStateException("The Arquillian adapter would connect to another Liberty server named '"
                        + serverName + "' (pid " + picked.id() + ": " + picked.displayName() + "), not the one under "
                        + wlp + "; stop that server or run the tests when it is not running");
            }
        }

        /** The JVM the adapter picks: the same test, in the same order, as its own lookup. */
        private static Optional<VirtualMachineDescriptor> firstLibertyJvmNamed(String serverName) {
            return VirtualMachine.list().stream()
                    .filter(vm -> vm.displayName().contains(serverName))
                    .filter(vm -> vm.displayName().contains("ws-server.jar") || vm.displayName().contains("ws-launch.jar"))
                    .findFirst();
        }
    }
}
