package org.synergos.maven;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import org.apache.maven.plugin.MojoExecutionException;
import org.eclipse.aether.RepositorySystem;
import org.eclipse.aether.RepositorySystemSession;
import org.eclipse.aether.artifact.DefaultArtifact;
import org.eclipse.aether.repository.RemoteRepository;
import org.eclipse.aether.resolution.ArtifactRequest;
import org.eclipse.aether.resolution.ArtifactResolutionException;

/** The Synergos distribution of the plugin's version, from the Maven repositories, unpacked once under target/. */
final class Distribution {

    static final String GROUP = "org.synergos";
    static final String ARTIFACT = "org.synergos.distribution";

    private Distribution() {
    }

    static Path resolve(RepositorySystem system, RepositorySystemSession session, List<RemoteRepository> repositories,
            String version, Path buildDirectory) throws MojoExecutionException {
        Path home = buildDirectory.resolve("synergos-" + version);
        if (Files.isExecutable(home.resolve("bin/synergos"))) {
            return home;
        }
        Path zip;
        try {
            zip = system.resolveArtifact(session, new ArtifactRequest(
                    new DefaultArtifact(GROUP, ARTIFACT, "zip", version), repositories, null)).getArtifact().getFile().toPath();
        } catch (ArtifactResolutionException e) {
            throw new MojoExecutionException("the Synergos distribution " + GROUP + ":" + ARTIFACT + ":zip:" + version
                    + " is in no repository; install it (./mvnw install in Synergos) or set <synergosHome>", e);
        }
        try {
            unzip(zip, home);
        } catch (IOException e) {
            throw new MojoExecutionException("cannot unpack " + zip + ": " + e.getMessage(), e);
        }
        return home;
    }

    /** Unpacks into {@code target}; an entry whose path would leave it is refused (zip slip). */
    static void unzip(Path zip, Path target) throws IOException {
        Path root = target.toAbsolutePath().normalize();
        Path staging = Files.createDirectories(root.getParent()).resolve(root.getFileName() + ".partial");
        deleteTree(staging);
        try (InputStream in = Files.newInputStream(zip); ZipInputStream entries = new ZipInputStream(in)) {
            for (ZipEntry entry = entries.getNextEntry(); entry != null; entry = entries.getNextEntry()) {
                Path file = staging.resolve(entry.getName()).normalize();
                if (!file.startsWith(staging)) {
                    throw new IOException("entry leaves the target folder: " + entry.getName());
                }
                if (entry.isDirectory()) {
                    Files.createDirectories(file);
                } else {
                    Files.createDirectories(file.getParent());
                    Files.copy(entries, file, StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
        Path launcher = staging.resolve("bin/synergos");
        if (Files.exists(launcher)) {
            launcher.toFile().setExecutable(true);
        }
        deleteTree(root);
        Files.move(staging, root, StandardCopyOption.ATOMIC_MOVE);
    }

    private static void deleteTree(Path path) throws IOException {
        if (!Files.exists(path)) {
            return;
        }
        try (var walk = Files.walk(path)) {
            for (Path p : walk.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
