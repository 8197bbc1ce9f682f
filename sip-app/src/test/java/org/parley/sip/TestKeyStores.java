package org.parley.sip;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** PKCS12 stores made with the JDK's keytool for the TLS tests: a self-signed key, and its certificate alone. */
final class TestKeyStores {

    static final String PASSWORD = "test-store-pass";
    private static final Path KEYTOOL = Path.of(System.getProperty("java.home"), "bin", "keytool");

    private TestKeyStores() {
    }

    /** A keystore with one self-signed key for 127.0.0.1 in {@code dir}/edge.p12. */
    static Path keyStore(Path dir) throws IOException, InterruptedException {
        var file = dir.resolve("edge.p12");
        keytool("-genkeypair", "-alias", "edge", "-keyalg", "EC", "-groupname", "secp256r1", "-dname", "CN=127.0.0.1",
                "-ext", "san=ip:127.0.0.1", "-validity", "2", "-storetype", "PKCS12", "-keystore", file.toString(),
                "-storepass", PASSWORD);
        return file;
    }

    /** A truststore in {@code dir}/trust.p12 with the certificate of {@code keyStore}. */
    static Path trustStore(Path dir, Path keyStore) throws IOException, InterruptedException {
        var cert = dir.resolve("edge.pem");
        keytool("-exportcert", "-rfc", "-alias", "edge", "-keystore", keyStore.toString(), "-storepass", PASSWORD,
                "-file", cert.toString());
        var file = dir.resolve("trust.p12");
        keytool("-importcert", "-noprompt", "-alias", "edge", "-file", cert.toString(), "-storetype", "PKCS12",
                "-keystore", file.toString(), "-storepass", PASSWORD);
        return file;
    }

    private static void keytool(String... arguments) throws IOException, InterruptedException {
        var command = new ArrayList<>(List.of(KEYTOOL.toString()));
        command.addAll(List.of(arguments));
        var process = new ProcessBuilder(command).redirectErrorStream(true).start();
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new IOException("keytool did not finish: " + command);
        }
        var output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (process.exitValue() != 0) {
            throw new IOException("keytool failed: " + command + "\n" + output);
        }
    }
}
