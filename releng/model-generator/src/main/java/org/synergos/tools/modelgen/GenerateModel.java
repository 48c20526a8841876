package org.synergos.tools.modelgen;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.codegen.ecore.generator.Generator;
import org.eclipse.emf.codegen.ecore.genmodel.GenJDKLevel;
import org.eclipse.emf.codegen.ecore.genmodel.GenModel;
import org.eclipse.emf.codegen.ecore.genmodel.GenModelFactory;
import org.eclipse.emf.codegen.ecore.genmodel.GenModelPackage;
import org.eclipse.emf.codegen.ecore.genmodel.GenPackage;
import org.eclipse.emf.codegen.ecore.genmodel.GenResourceKind;
import org.eclipse.emf.codegen.ecore.genmodel.GenRuntimeVersion;
import org.eclipse.emf.codegen.ecore.genmodel.generator.GenBaseGeneratorAdapter;
import org.eclipse.emf.codegen.ecore.genmodel.generator.GenModelGeneratorAdapterFactory;
import org.eclipse.emf.common.util.BasicMonitor;
import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.EcorePackage;
import org.eclipse.emf.ecore.plugin.EcorePlugin;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;
import org.eclipse.emf.ecore.xmi.XMLResource;
import org.eclipse.emf.ecore.xmi.impl.EcoreResourceFactoryImpl;
import org.eclipse.emf.ecore.xmi.impl.XMIResourceFactoryImpl;

/**
 * Regenerates {@code bundles/org.synergos.model/src-gen} from {@code model/synergos.ecore} without an
 * Eclipse IDE.
 *
 * <p>It does what the IDE's "Reload genmodel + Generate Model Code" does: a fresh GenModel is
 * initialised from the Ecore model, reconciled with the settings stored in {@code synergos.genmodel},
 * the settings this project relies on are enforced, the genmodel is written back only when it changed,
 * and the model code is generated. Files outside {@code src-gen} (MANIFEST.MF, plugin.xml,
 * build.properties) are snapshotted before and restored afterwards so the generator can never clobber
 * the hand-maintained bundle metadata.
 *
 * <p>Argument: the model bundle directory.
 */
public final class GenerateModel {

    private static final String PROJECT = "org.synergos.model";
    private static final List<String> PROTECTED_FILES = List.of("META-INF/MANIFEST.MF", "plugin.xml",
            "plugin.properties", "build.properties", ".project", ".classpath", "pom.xml", "README.md");

    private GenerateModel() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 1) {
            throw new IllegalArgumentException("usage: GenerateModel <path to bundles/org.synergos.model>");
        }
        Path bundle = Path.of(args[0]).toAbsolutePath().normalize();
        Map<String, byte[]> snapshot = snapshot(bundle);
        try {
            GenModel genModel = reloadGenModel(bundle);
            generate(genModel);
        } finally {
            restore(bundle, snapshot);
        }
    }

    private static ResourceSet newResourceSet(Path bundle) {
        ResourceSet resourceSet = new ResourceSetImpl();
        Map<String, Object> factories = resourceSet.getResourceFactoryRegistry().getExtensionToFactoryMap();
        factories.put("ecore", new EcoreResourceFactoryImpl());
        factories.put("genmodel", new XMIResourceFactoryImpl());
        resourceSet.getPackageRegistry().put(EcorePackage.eNS_URI, EcorePackage.eINSTANCE);
        resourceSet.getPackageRegistry().put(GenModelPackage.eNS_URI, GenModelPackage.eINSTANCE);
        URI projectUri = URI.createFileURI(bundle.toString()).appendSegment("");
        EcorePlugin.getPlatformResourceMap().put(PROJECT, projectUri);
        resourceSet.getURIConverter().getURIMap()
                .put(URI.createPlatformResourceURI("/" + PROJECT + "/", false), projectUri);
        return resourceSet;
    }

    /** Initialises a GenModel from the Ecore model and reconciles it with the stored genmodel. */
    private static GenModel reloadGenModel(Path bundle) throws IOException {
        ResourceSet resourceSet = newResourceSet(bundle);
        URI ecoreUri = URI.createPlatformResourceURI("/" + PROJECT + "/model/synergos.ecore", true);
        URI genModelUri = URI.createPlatformResourceURI("/" + PROJECT + "/model/synergos.genmodel", true);
        EPackage ePackage = (EPackage) resourceSet.getResource(ecoreUri, true).getContents().get(0);

        GenModel genModel = GenModelFactory.eINSTANCE.createGenModel();
        Resource genResource = resourceSet.createResource(genModelUri);
        genResource.getContents().add(genModel);
        genModel.initialize(List.of(ePackage));

        Path genModelFile = bundle.resolve("model/synergos.genmodel");
        if (Files.exists(genModelFile)) {
            ResourceSet oldSet = newResourceSet(bundle);
            GenModel old = (GenModel) oldSet.getResource(genModelUri, true).getContents().get(0);
            genModel.reconcile(old);
        }
        enforceSettings(genModel);

        byte[] before = Files.exists(genModelFile) ? Files.readAllBytes(genModelFile) : new byte[0];
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Map<String, Object> options = new HashMap<>();
        options.put(XMLResource.OPTION_ENCODING, "UTF-8");
        options.put(XMLResource.OPTION_LINE_DELIMITER, "\n");
        genResource.save(out, options);
        if (!java.util.Arrays.equals(before, out.toByteArray())) {
            Files.write(genModelFile, out.toByteArray());
            System.out.println("updated " + genModelFile);
        }
        return genModel;
    }

    /** The settings the bundle layout depends on; anything else may be tuned in the genmodel. */
    private static void enforceSettings(GenModel genModel) {
        genModel.getForeignModel().clear();
        genModel.getForeignModel().add("synergos.ecore");
        genModel.setImporterID("org.eclipse.emf.importer.ecore");
        genModel.setModelName("Synergos");
        genModel.setModelPluginID(PROJECT);
        genModel.setModelDirectory("/" + PROJECT + "/src-gen");
        genModel.setComplianceLevel(GenJDKLevel.JDK170_LITERAL);
        genModel.setRuntimeVersion(GenRuntimeVersion.EMF240);
        genModel.setCopyrightText(null);
        genModel.setCopyrightFields(false);
        genModel.setUpdateClasspath(false);
        genModel.setBundleManifest(false);
        genModel.setModelPluginClass(null);
        genModel.setCodeFormatting(false);
        genModel.setSuppressEMFMetaData(false);
        genModel.setRuntimeCompatibility(false);
        genModel.setOSGiCompatible(false);
        genModel.setCanGenerate(true);
        for (GenPackage genPackage : genModel.getGenPackages()) {
            genPackage.setPrefix("Synergos");
            genPackage.setBasePackage("org.synergos");
            genPackage.setResource(GenResourceKind.NONE_LITERAL);
            genPackage.setFileExtensions("synergos");
        }
    }

    private static void generate(GenModel genModel) {
        Generator generator = new Generator();
        generator.getAdapterFactoryDescriptorRegistry().addDescriptor(GenModelPackage.eNS_URI,
                GenModelGeneratorAdapterFactory.DESCRIPTOR);
        generator.setInput(genModel);
        Diagnostic diagnostic = generator.generate(genModel, GenBaseGeneratorAdapter.MODEL_PROJECT_TYPE,
                new BasicMonitor());
        if (diagnostic.getSeverity() >= Diagnostic.ERROR) {
            throw new IllegalStateException("generation failed: " + describe(diagnostic));
        }
        if (diagnostic.getSeverity() == Diagnostic.WARNING) {
            System.out.println("generation warnings: " + describe(diagnostic));
        }
    }

    private static String describe(Diagnostic diagnostic) {
        StringBuilder text = new StringBuilder(String.valueOf(diagnostic.getMessage()));
        for (Diagnostic child : diagnostic.getChildren()) {
            text.append("\n  ").append(describe(child));
        }
        return text.toString();
    }

    private static Map<String, byte[]> snapshot(Path bundle) throws IOException {
        Map<String, byte[]> snapshot = new LinkedHashMap<>();
        for (String name : PROTECTED_FILES) {
            Path file = bundle.resolve(name);
            snapshot.put(name, Files.exists(file) ? Files.readAllBytes(file) : null);
        }
        return snapshot;
    }

    private static void restore(Path bundle, Map<String, byte[]> snapshot) throws IOException {
        List<String> restored = new ArrayList<>();
        for (Map.Entry<String, byte[]> entry : snapshot.entrySet()) {
            Path file = bundle.resolve(entry.getKey());
            byte[] now = Files.exists(file) ? Files.readAllBytes(file) : null;
            if (java.util.Arrays.equals(now, entry.getValue())) {
                continue;
            }
            if (entry.getValue() == null) {
                Files.delete(file);
            } else {
                Files.write(file, entry.getValue());
            }
            restored.add(entry.getKey());
        }
        if (!restored.isEmpty()) {
            System.out.println("restored hand-maintained files the generator touched: " + restored);
        }
    }
}
