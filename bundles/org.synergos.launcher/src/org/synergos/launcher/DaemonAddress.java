package org.synergos.launcher;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.EnumSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Where the resident runtime of this distribution listens: a Unix-domain socket in a folder only the user
 * can enter ({@code $XDG_RUNTIME_DIR/synergos}, else {@code <tmp>/synergos-<user>}), named after this
 * distribution's folder and the exact bundle and launcher files in it. A rebuilt or different distribution
 * therefore never talks to a runtime that runs other code.
 */
record DaemonAddress(Path folder, Path socket, Path log) {

    private static final Set<PosixFilePermission> OWNER_ONLY = EnumSet.of(PosixFilePermission.OWNER_READ,
            PosixFilePermission.OWNER_WRITE, PosixFilePermission.OWNER_EXECUTE);

    /** Longest socket path the kernel takes ({@code sun_path} holds 108 bytes with the terminating zero). */
    static final int MAX_SOCKET_PATH = 107;

    static DaemonAddress of(RuntimeLayout layout) {
        String name = identity(layout);
        Path fallback = Path.of(System.getProperty("java.io.tmpdir"), "synergos-" + System.getProperty("user.name"));
        String runtimeDir = System.getenv("XDG_RUNTIME_DIR");
        Path folder = runtimeDir != null && !runtimeDir.isBlank() && Path.of(runtimeDir).isAbsolute()
                ? Path.of(runtimeDir, "synergos")
                : fallback;
        if (socketPathLength(folder, name) > MAX_SOCKET_PATH) {
            folder = fallback; // a deep XDG_RUNTIME_DIR cannot hold a socket
        }
        return new DaemonAddress(folder, folder.resolve(name + ".sock"), folder.resolve(name + ".log"));
    }

    private static int socketPathLength(Path folder, String name) {
        return folder.resolve(name + ".sock").toString().getBytes(StandardCharsets.UTF_8).length;
    }

    /** A digest of the distribution's folder and of the name, size and time of every file the runtime loads. */
    private static String identity(RuntimeLayout layout) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            digest.update(layout.home().toString().getBytes(StandardCharsets.UTF_8));
            for (Path dir : List.of(layout.home().resolve("lib"), layout.bundles())) {
                try (Stream<Path> files = Files.list(dir)) {
                    for (Path file : files.filter(f -> f.toString().endsWith(".jar")).sorted().toList()) {
                        String entry = "\n" + file.getFileName() + " " + Files.size(file) + " "
                                + Files.getLastModifiedTime(file).toMillis();
                        digest.update(entry.getBytes(StandardCharsets.UTF_8));
                    }
                }
            }
            return HexFormat.of().formatHex(digest.digest(), 0, 8);
        } catch (IOException | NoSuchAlgorithmException e) {
            throw new IllegalStateException("cannot identify the distribution in " + layout.home() + ": " + e, e);
        }
    }

    /**
     * Creates the folder (owner-only) if needed and checks that it is the user's own and closed to others:
     * otherwise another user could plant a socket there and receive the commands.
     */
    void prepareFolder() throws IOException {
        if (!Files.isDirectory(folder, LinkOption.NOFOLLOW_LINKS)) {
            Files.createDirectories(folder.getParent());
            try {
                Files.createDirectory(folder, PosixFilePermissions.asFileAttribute(OWNER_ONLY));
            } catch (java.nio.file.FileAlreadyExistsException raced) {
                // created by a concurrent start: checked below like any existing folder
            }
        }
        checkPrivate();
    }

    /** True when the folder exists, belongs to this user and only this user may use it. */
    boolean isPrivate() {
        try {
            checkPrivate();
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    private void checkPrivate() throws IOException {
        String owner = Files.getOwner(folder, LinkOption.NOFOLLOW_LINKS).getName();
        if (!owner.equals(System.getProperty("user.name"))) {
            throw new IOException(folder + " belongs to " + owner + ", not to " + System.getProperty("user.name"));
        }
        Set<PosixFilePermission> permissions = Files.getPosixFilePermissions(folder, LinkOption.NOFOLLOW_LINKS);
        if (!OWNER_ONLY.containsAll(permissions)) {
            throw new IOException(folder + " is open to other users (" + PosixFilePermissions.toString(permissions)
                    + "); it must be rwx------");
        }
    }
}
