package org.synergos.model.io;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.common.util.TreeIterator;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.util.EContentsEList;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.synergos.model.Framework;
import org.synergos.model.helpers.ElementLabels;
import org.synergos.model.helpers.ModelIds;
import org.synergos.model.internal.io.AtomicFileWriter;
import org.synergos.model.internal.io.LoadProblems;

/**
 * Loads and saves {@code *.synergos} model files.
 *
 * <p>Loading fails with a {@link ModelLoadException} naming file, line, column and problem (malformed
 * XML, unknown elements, dangling references, DOCTYPE/XXE payloads) instead of returning a partial
 * model. Saving is atomic and keeps the previous file as {@code <name>.bak}; the output is
 * deterministic so that load-save cycles are byte-stable and diffs show only real changes.
 */
public final class ModelStore {

    private ModelStore() {
    }

    /** A loaded model and the hash of the bytes it was loaded from (for {@link SaveCondition#unchangedSince}). */
    public record Tracked(Framework framework, ContentHash hash) {
    }

    /**
     * Loads a model into a fresh resource set and hashes the very bytes it parsed, so a later save can tell
     * whether the file changed in between.
     */
    public static Tracked loadTracked(Path file) throws ModelLoadException {
        Path absolute = file.toAbsolutePath().normalize();
        byte[] bytes = read(absolute);
        return new Tracked(parse(absolute, bytes, SynergosResources.createResourceSet()), ContentHash.of(bytes));
    }

    /** Loads a model into a fresh resource set. */
    public static Framework load(Path file) throws ModelLoadException {
        return load(file, SynergosResources.createResourceSet());
    }

    /** Loads a model into {@code resourceSet} (which must know the synergos extension). */
    public static Framework load(Path file, ResourceSet resourceSet) throws ModelLoadException {
        Path absolute = file.toAbsolutePath().normalize();
        return parse(absolute, read(absolute), resourceSet);
    }

    private static byte[] read(Path absolute) throws ModelLoadException {
        if (!Files.isRegularFile(absolute)) {
            throw failure(absolute, "file does not exist or is not a regular file", null);
        }
        try {
            return Files.readAllBytes(absolute);
        } catch (IOException e) {
            throw failure(absolute, "cannot be read: " + e.getMessage(), e);
        }
    }

    private static Framework parse(Path absolute, byte[] bytes, ResourceSet resourceSet) throws ModelLoadException {
        Resource resource = resourceSet.createResource(URI.createFileURI(absolute.toString()));
        if (resource == null) {
            throw failure(absolute, "no resource factory for this file name; use the ."
                    + SynergosResources.FILE_EXTENSION + " extension", null);
        }
        try {
            resource.load(new ByteArrayInputStream(bytes), SynergosResources.loadOptions());
        } catch (IOException | RuntimeException e) {
            List<LoadProblem> problems = new ArrayList<>(LoadProblems.of(resource));
            LoadProblem thrown = LoadProblems.of(e);
            if (problems.stream().noneMatch(p -> p.line() == thrown.line() && p.column() == thrown.column())) {
                problems.add(0, thrown);
            }
            resourceSet.getResources().remove(resource);
            throw new ModelLoadException(absolute, problems, e);
        }
        if (!resource.getErrors().isEmpty()) {
            resourceSet.getResources().remove(resource);
            throw new ModelLoadException(absolute, LoadProblems.of(resource), null);
        }
        List<EObject> contents = resource.getContents();
        if (contents.size() != 1 || !(contents.get(0) instanceof Framework framework)) {
            resourceSet.getResources().remove(resource);
            throw failure(absolute, "the document must contain exactly one synergos:Framework root element", null);
        }
        return framework;
    }

    /**
     * Saves atomically: the model is serialised in memory first, so a failure (for instance a
     * reference to an element outside the model) leaves the previous file untouched. Elements without
     * an id get one. The framework is (re)attached to a resource at {@code file}.
     */
    public static void save(Framework framework, Path file) throws ModelSaveException {
        save(framework, file, SaveCondition.any());
    }

    /**
     * Saves as {@link #save(Framework, Path)} does if the file on disk meets {@code condition}, checked right
     * before the atomic rename; otherwise throws {@link SaveConflictException} and writes nothing (no backup
     * either). Returns the hash of the bytes written, the condition for the next save.
     */
    public static ContentHash save(Framework framework, Path file, SaveCondition condition) throws ModelSaveException {
        Path absolute = file.toAbsolutePath().normalize();
        requireSelfContained(framework, absolute);
        ModelIds.ensureIds(framework);
        Resource resource = resourceFor(framework, absolute);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try {
            resource.save(bytes, SynergosResources.saveOptions());
        } catch (IOException | RuntimeException e) {
            throw new ModelSaveException(absolute, "the model cannot be serialised: " + rootMessage(e), e);
        }
        byte[] content = bytes.toByteArray();
        try {
            AtomicFileWriter.write(absolute, content, condition::check);
        } catch (ModelSaveException e) {
            throw e;
        } catch (IOException e) {
            throw new ModelSaveException(absolute, "writing failed: " + e.getMessage(), e);
        }
        return ContentHash.of(content);
    }

    /**
     * EMF would silently drop (or write unresolvable hrefs for) references to elements of no or
     * another model; refuse them instead, naming the reference.
     */
    private static void requireSelfContained(Framework framework, Path file) throws ModelSaveException {
        for (TreeIterator<EObject> it = framework.eAllContents(); it.hasNext();) {
            EObject element = it.next();
            for (EContentsEList.FeatureIterator<EObject> refs =
                    (EContentsEList.FeatureIterator<EObject>) element.eCrossReferences().iterator(); refs.hasNext();) {
                EObject target = refs.next();
                if (EcoreUtil.getRootContainer(target) != framework) {
                    throw new ModelSaveException(file, "the model cannot be serialised: reference '"
                            + refs.feature().getName() + "' of " + ElementLabels.of(element) + " points to "
                            + ElementLabels.of(target) + " which is not part of this model", null);
                }
            }
        }
    }

    /** The backup kept by {@link #save}: {@code <name>.bak} beside the file. */
    public static Path backupOf(Path file) {
        return AtomicFileWriter.backupOf(file.toAbsolutePath().normalize());
    }

    private static Resource resourceFor(Framework framework, Path file) {
        URI uri = URI.createFileURI(file.toString());
        Resource resource = framework.eResource();
        if (resource == null) {
            resource = SynergosResources.createResourceSet().createResource(uri);
            resource.getContents().add(framework);
        } else if (!uri.equals(resource.getURI())) {
            resource.setURI(uri);
        }
        return resource;
    }

    private static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return String.valueOf(root.getMessage());
    }

    private static ModelLoadException failure(Path file, String message, Throwable cause) {
        return new ModelLoadException(file, List.of(new LoadProblem(0, 0, message)), cause);
    }
}
