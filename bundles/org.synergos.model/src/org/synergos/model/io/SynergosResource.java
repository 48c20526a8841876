package org.synergos.model.io;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.WeakHashMap;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.xmi.XMLLoad;
import org.eclipse.emf.ecore.xmi.impl.XMIResourceImpl;
import org.synergos.model.internal.io.LocatingXMILoad;

/**
 * XMI resource for {@code *.synergos} files.
 *
 * <p>References are written as the target's {@code id} attribute (no {@code xmi:id} churn), and the
 * line/column of every element is remembered on load so that validation messages can point into the
 * file.
 */
public class SynergosResource extends XMIResourceImpl {

    private final Map<EObject, SourceLocation> locations = new WeakHashMap<>();

    public SynergosResource(URI uri) {
        super(uri);
        setIntrinsicIDToEObjectMap(new HashMap<>());
    }

    /** Where {@code object} started in the loaded file; empty for elements created after loading. */
    public Optional<SourceLocation> locationOf(EObject object) {
        return Optional.ofNullable(locations.get(object));
    }

    /** Called by the loader for each element it creates. */
    public void recordLocation(EObject object, int line, int column) {
        locations.put(object, new SourceLocation(line, column));
    }

    @Override
    protected XMLLoad createXMLLoad() {
        return new LocatingXMILoad(createXMLHelper());
    }

    @Override
    protected boolean useIDs() {
        return false;
    }

    @Override
    protected boolean useUUIDs() {
        return false;
    }

    @Override
    protected void doUnload() {
        locations.clear();
        super.doUnload();
    }
}
