package org.parley.it;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The certificates of the TLS trunk tests, made afresh in a directory under target/ before the
 * servers start (they are never committed): a test certificate authority, and a second one that
 * nobody trusts; keys for 127.0.0.1 signed by each. Made with the JDK's keytool; the private keys
 * that Kamailio reads are written as PKCS#8 PEM from the keystores.
 *
 * <ul>
 *   <li>{@code parley.p12}: Parley's key and certificate (signed by the test authority), the TLS server's keystore;</li>
 *   <li>{@code parley-trust.p12}: the test authority alone, the TLS server's truststore;</li>
 *   <li>{@code ca.pem}: the test authority, for Kamailio to check Parley's certificate;</li>
 *   <li>{@code pbx.crt}, {@code pbx.key}: the PBX's certificate (test authority) and key;</li>
 *   <li>{@code rogue.crt}, {@code rogue.key}: a PBX certificate from the authority nobody trusts.</li>
 * </ul>
 * Run as a program: {@code TestCertificates DIR PASSWORD}.
 */
public final class TestCertificates {

    private static final Path KEYTOOL = Path.of(System.getProperty("java.home"), "bin", "keytool");
    private static final int KEYTOOL_SECONDS = 60;

    private final Path dir;
    private final String password;

    private TestCertificates(Path dir, String password) {
        this.dir = dir;
        this.password = password;
    }

    public static void main(String[] args) throws IOException, InterruptedException, GeneralSecurityException {
        if (args.length != 2) {
            throw new IllegalArgumentException("usage: TestCertificates DIR PASSWORD");
        }
        var dir = Files.createDirectories(Path.of(args[0]));
        new TestCertificates(dir, args[1]).makeAll();
    }

    private void makeAll() throws IOException, InterruptedException, GeneralSecurityException {
        for (var name : List.of("ca.p12", "rogue-ca.p12", "parley.p12", "parley-trust.p12", "pbx.p12", "rogue.p12")) {
            Files.deleteIfExists(dir.resolve(name));
        }
        authority("ca", "CN=Parley Test CA");
        authority("rogue-ca", "CN=Untrusted Test CA");
        signed("parley", "ca", "CN=127.0.0.1, O=Parley");
        signed("pbx", "ca", "CN=127.0.0.1, O=Test PBX");
        signed("rogue", "rogue-ca", "CN=127.0.0.1, O=Rogue PBX");
        keytool("-importcert", "-noprompt", "-alias", "ca", "-file", dir.resolve("ca.pem").toString(),
                "-storetype", "PKCS12", "-keystore", dir.resolve("parley-trust.p12").toString(), "-storepass", password);
        for (var name : List.of("pbx", "rogue")) {
            pem(name);
        }
    }

    /** A self-signed certificate authority in NAME.p12, its certificate in NAME.pem. */
    private void authority(String name, String subject) throws IOException, InterruptedException {
        keytool("-genkeypair", "-alias", name, "-keyalg", "EC", "-groupname", "secp256r1", "-dname", subject,
                "-ext", "bc:c", "-validity", "30", "-storetype", "PKCS12", "-keystore", store(name), "-storepass", password);
        keytool("-exportcert", "-rfc", "-alias", name, "-keystore", store(name), "-storepass", password,
                "-file", dir.resolve(name + ".pem").toString());
    }

    /** A key for 127.0.0.1 in NAME.p12 with its certificate signed by the authority {@code ca}, chain included. */
    private void signed(String name, String ca, String subject) throws IOException, InterruptedException {
        keytool("-genkeypair", "-alias", name, "-keyalg", "EC", "-groupname", "secp256r1", "-dname", subject,
                "-validity", "30", "-storetype", "PKCS12", "-keystore", store(name), "-storepass", password);
        var request = dir.resolve(name + ".csr").toString();
        var certificate = dir.resolve(name + ".crt").toString();
        keytool("-certreq", "-alias", name, "-keystore", store(name), "-storepass", password, "-file", request);
        keytool("-gencert", "-alias", ca, "-keystore", store(ca), "-storepass", password, "-infile", request,
                "-outfile", certificate, "-rfc", "-validity", "30", "-ext", "san=ip:127.0.0.1",
                "-ext", "eku=serverAuth,clientAuth");
        keytool("-importcert", "-noprompt", "-alias", ca, "-file", dir.resolve(ca + ".pem").toString(),
                "-keystore", store(name), "-storepass", password);
        keytool("-importcert", "-noprompt", "-alias", name, "-file", certificate, "-keystore", store(name),
                "-storepass", password);
    }

    /** NAME.key: the private key of NAME.p12 as PKCS#8 PEM, readable by its owner only. */
    private void pem(String name) throws IOException, GeneralSecurityException {
        var store = KeyStore.getInstance(dir.resolve(name + ".p12").toFile(), password.toCharArray());
        var key = (PrivateKey) store.getKey(name, password.toCharArray());
        var text = "-----BEGIN PRIVATE KEY-----\n"
                + Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII)).encodeToString(key.getEncoded())
                + "\n-----END PRIVATE KEY-----\n";
        var file = dir.resolve(name + ".key");
        Files.deleteIfExists(file);
        Files.createFile(file, java.nio.file.attribute.PosixFilePermissions.asFileAttribute(
                java.nio.file.attribute.PosixFilePermissions.fromString("rw-------")));
        Files.writeString(file, text, StandardCharsets.US_ASCII);
    }

    private String store(String name) {
        return dir.resolve(name + ".p12").toString();
    }

    private static void keytool(String... arguments) throws IOException, InterruptedException {
        var command = new ArrayList<>(List.of(KEYTOOL.toString()));
        command.addAll(List.of(arguments));
        var process = new ProcessBuilder(command).redirectErrorStream(true).start();
        var output = process.getInputStream().readAllBytes();
        if (!process.waitFor(KEYTOOL_SECONDS, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new IOException("keytool did not finish: " + command);
        }
        if (process.exitValue() != 0) {
            throw new IOException("keytool failed: " + command + "\n" + new String(output, StandardCharsets.UTF_8));
        }
    }
}
