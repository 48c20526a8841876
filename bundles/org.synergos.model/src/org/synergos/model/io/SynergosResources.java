package org.synergos.model.io;

import java.util.HashMap;
import java.util.Map;

import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;
import org.eclipse.emf.ecore.xmi.XMLResource;
import org.synergos.model.SynergosPackage;
import org.synergos.model.validation.SynergosValidation;

/**
 * Registration and options for {@code *.synergos} files without the Eclipse extension registry (the
 * product runs on Felix, where plugin.xml extensions are never read).
 */
public final class SynergosResources {

    /** File extension of Synergos models. */
    public static final String FILE_EXTENSION = "synergos";

    private SynergosResources() {
    }

    /** A resource set that knows the Synergos package and file extension, nothing global needed. */
    public static ResourceSet createResourceSet() {
        ResourceSet resourceSet = new ResourceSetImpl();
        resourceSet.getPackageRegistry().put(SynergosPackage.eNS_URI, SynergosPackage.eINSTANCE);
        resourceSet.getResourceFactoryRegistry().getExtensionToFactoryMap()
                .put(FILE_EXTENSION, new SynergosResourceFactory());
        resourceSet.getLoadOptions().putAll(loadOptions());
        return resourceSet;
    }

    /**
     * Registers package, file extension and validator in EMF's global registries, for code that uses
     * plain {@code ResourceSetImpl}s or {@code Diagnostician.INSTANCE}. Idempotent.
     */
    public static void registerGlobally() {
        EPackage.Registry.INSTANCE.put(SynergosPackage.eNS_URI, SynergosPackage.eINSTANCE);
        Resource.Factory.Registry.INSTANCE.getExtensionToFactoryMap()
                .putIfAbsent(FILE_EXTENSION, new SynergosResourceFactory());
        SynergosValidation.register();
    }

    /**
     * Load options: line numbers for errors, forward references, and an XML parser that refuses
     * DOCTYPEs and external entities (XXE).
     */
    public static Map<Object, Object> loadOptions() {
        Map<Object, Object> options = new HashMap<>();
        Map<String, Boolean> features = new HashMap<>();
        features.put("http://apache.org/xml/features/disallow-doctype-decl", Boolean.TRUE);
        features.put("http://xml.org/sax/features/external-general-entities", Boolean.FALSE);
        features.put("http://xml.org/sax/features/external-parameter-entities", Boolean.FALSE);
        features.put("http://apache.org/xml/features/nonvalidating/load-external-dtd", Boolean.FALSE);
        options.put(XMLResource.OPTION_PARSER_FEATURES, features);
        options.put(XMLResource.OPTION_DEFER_IDREF_RESOLUTION, Boolean.TRUE);
        options.put(XMLResource.OPTION_RECORD_UNKNOWN_FEATURE, Boolean.FALSE);
        return options;
    }

    /** Save options giving byte-stable UTF-8 output with '\n' line ends on every platform. */
    public static Map<Object, Object> saveOptions() {
        Map<Object, Object> options = new HashMap<>();
        options.put(XMLResource.OPTION_ENCODING, "UTF-8");
        options.put(XMLResource.OPTION_LINE_DELIMITER, "\n");
        options.put(XMLResource.OPTION_SAVE_TYPE_INFORMATION, Boolean.FALSE);
        options.put(XMLResource.OPTION_SCHEMA_LOCATION, Boolean.FALSE);
        options.put(XMLResource.OPTION_PROCESS_DANGLING_HREF, XMLResource.OPTION_PROCESS_DANGLING_HREF_THROW);
        return options;
    }
}
