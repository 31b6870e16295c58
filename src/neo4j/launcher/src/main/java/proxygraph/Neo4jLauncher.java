package proxygraph;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.HexFormat;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import org.neo4j.commandline.admin.security.PasswordCommand;
import org.neo4j.configuration.Config;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.connectors.BoltConnectorInternalSettings;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.io.fs.DefaultFileSystemAbstraction;
import org.neo4j.kernel.impl.security.User;
import org.neo4j.logging.NullLogProvider;
import org.neo4j.memory.EmptyMemoryTracker;
import org.neo4j.server.security.SystemGraphCredential;
import org.neo4j.server.security.auth.CommunitySecurityModule;
import org.neo4j.server.security.auth.FileUserRepository;

/**
 * Runs Neo4j Community embedded with a Bolt connector, as a child of the Node process.
 *
 * <p>Usage: {@code java proxygraph.Neo4jLauncher HOME_DIR BOLT_PORT PAGECACHE_MB}. The password comes
 * from the environment (PROXYGRAPH_NEO4J_PASSWORD) so that it never shows in {@code ps}.
 *
 * <p>Stdout carries one line the parent waits for, READY or FAILED (prefixes below); Neo4j's own
 * logs go to HOME_DIR/logs. The DBMS shuts down on SIGTERM/SIGINT (shutdown hook) and when stdin
 * reaches EOF, which is what a parent that dies without signalling us leaves behind.
 */
public final class Neo4jLauncher {
    static final String READY = "PROXYGRAPH_NEO4J_READY";
    static final String FAILED = "PROXYGRAPH_NEO4J_FAILED";
    static final String USER = "neo4j";
    static final String PASSWORD_MARKER = "proxygraph-password.sha256";

    public static void main(String[] args) {
        if (args.length != 3) {
            fail("usage: Neo4jLauncher HOME_DIR BOLT_PORT PAGECACHE_MB");
        }
        String password = System.getenv("PROXYGRAPH_NEO4J_PASSWORD");
        if (password == null || password.isEmpty()) {
            fail("PROXYGRAPH_NEO4J_PASSWORD is not set");
        }
        Path home = Path.of(args[0]).toAbsolutePath();
        int port = Integer.parseInt(args[1]);
        long pageCacheBytes = Long.parseLong(args[2]) * 1024 * 1024;

        // Watch stdin before the slow start, so that a parent dying mid-start still stops us.
        exitWhenStdinCloses();

        boolean newSystemDatabase = !Files.isDirectory(home.resolve("data/databases/system"));
        try {
            if (newSystemDatabase) {
                seedInitialPassword(home, password);
            }
        } catch (Exception e) {
            fail("could not seed the initial password: " + rootMessage(e));
        }

        DatabaseManagementService dbms;
        try {
            dbms = new DatabaseManagementServiceBuilder(home)
                    .setConfig(BoltConnector.enabled, true)
                    .setConfig(BoltConnector.listen_address, new SocketAddress("127.0.0.1", port))
                    .setConfig(BoltConnector.advertised_address, new SocketAddress("127.0.0.1", port))
                    .setConfig(GraphDatabaseSettings.auth_enabled, true)
                    .setConfig(GraphDatabaseSettings.pagecache_memory, pageCacheBytes)
                    // A development database: no 250 MB preallocated transaction logs, no phoning home.
                    .setConfig(GraphDatabaseSettings.preallocate_logical_logs, false)
                    .setConfig(GraphDatabaseSettings.keep_logical_logs, "keep_none")
                    .setConfig(GraphDatabaseSettings.udc_enabled, false)
                    // Bolt otherwise waits 5 s, twice, on shutdown for clients to leave; our parent is the one leaving.
                    .setConfig(BoltConnectorInternalSettings.connection_shutdown_wait_time, Duration.ofMillis(500))
                    .setConfig(BoltConnectorInternalSettings.thread_pool_shutdown_wait_time, Duration.ofMillis(500))
                    .build();
        } catch (RuntimeException e) {
            fail(rootMessage(e));
            return;
        }
        registerShutdown(dbms);

        try {
            if (!newSystemDatabase && !sha256(password).equals(readMarker(home))) {
                alterPassword(dbms, password);
            }
            Files.writeString(home.resolve(PASSWORD_MARKER), sha256(password));
        } catch (Exception e) {
            fail("could not set the password of user " + USER + ": " + rootMessage(e));
        }
        System.out.println(READY + " bolt://127.0.0.1:" + port);
        System.out.flush();
    }

    /**
     * Does what {@code neo4j-admin dbms set-initial-password} does: writes data/dbms/auth.ini, which the
     * system database reads once, when it is created. So the default neo4j/neo4j login never exists,
     * and no Cypher runs before READY (a cold system-database ALTER USER costs about 3 s).
     */
    private static void seedInitialPassword(Path home, String password) throws Exception {
        Config config = Config.newBuilder().set(GraphDatabaseSettings.neo4j_home, home).build();
        Path authFile = CommunitySecurityModule.getInitialUserRepositoryFile(config);
        try (DefaultFileSystemAbstraction fs = new DefaultFileSystemAbstraction()) {
            fs.deleteFile(authFile);
            FileUserRepository users = new FileUserRepository(
                    fs, authFile, NullLogProvider.getInstance(), EmptyMemoryTracker.INSTANCE);
            users.start();
            SystemGraphCredential credential = SystemGraphCredential.createCredentialForPassword(
                    password.getBytes(StandardCharsets.UTF_8), PasswordCommand.secureHasher);
            users.create(new User(USER, null, credential, false, false));
            users.shutdown();
        }
    }

    /**
     * An existing database whose password differs from the one of record (the marker holds the hash of
     * the last password set): the embedded API runs system commands with full rights, no login needed.
     */
    private static void alterPassword(DatabaseManagementService dbms, String password) {
        try {
            dbms.database(GraphDatabaseSettings.SYSTEM_DATABASE_NAME).executeTransactionally(
                    "ALTER USER " + USER + " SET PASSWORD $password CHANGE NOT REQUIRED",
                    Map.of("password", password));
        } catch (RuntimeException e) {
            // The marker was lost but the password is already right: Neo4j refuses a no-op change.
            if (!rootMessage(e).contains("Old password and new password cannot be the same")) {
                throw e;
            }
        }
    }

    private static String readMarker(Path home) throws IOException {
        Path marker = home.resolve(PASSWORD_MARKER);
        return Files.exists(marker) ? Files.readString(marker).trim() : "";
    }

    private static String sha256(String text) throws NoSuchAlgorithmException {
        byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
        return HexFormat.of().formatHex(digest);
    }

    private static void registerShutdown(DatabaseManagementService dbms) {
        AtomicBoolean done = new AtomicBoolean(false);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            if (done.compareAndSet(false, true)) {
                dbms.shutdown();
            }
        }, "proxygraph-neo4j-shutdown"));
    }

    private static void exitWhenStdinCloses() {
        Thread watcher = new Thread(() -> {
            try {
                InputStream in = System.in;
                byte[] buffer = new byte[256];
                while (in.read(buffer) != -1) {
                    // What arrives is ignored: the pipe exists so that its EOF tells us the parent is gone.
                }
            } catch (IOException ignored) {
                // A broken pipe means the same as EOF.
            }
            System.exit(0);
        }, "proxygraph-stdin-watcher");
        watcher.setDaemon(true);
        watcher.start();
    }

    private static String rootMessage(Throwable e) {
        Throwable cause = e;
        while (cause.getCause() != null && cause.getCause() != cause) {
            cause = cause.getCause();
        }
        String message = cause.getMessage() == null ? cause.getClass().getName() : cause.getMessage();
        return message.replace('\n', ' ');
    }

    private static void fail(String message) {
        System.out.println(FAILED + " " + message);
        System.out.flush();
        System.exit(1);
    }
}
