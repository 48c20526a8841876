package org.synergos.model.internal.io;

import java.util.Map;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.xmi.XMLHelper;
import org.eclipse.emf.ecore.xmi.XMLResource;
import org.eclipse.emf.ecore.xmi.impl.SAXXMIHandler;
import org.eclipse.emf.ecore.xmi.impl.XMILoadImpl;
import org.synergos.model.io.SynergosResource;
import org.xml.sax.helpers.DefaultHandler;

/** XMI load that tells the {@link SynergosResource} where each element started. */
public final class LocatingXMILoad extends XMILoadImpl {

    public LocatingXMILoad(XMLHelper helper) {
        super(helper);
    }

    @Override
    protected DefaultHandler makeDefaultHandler() {
        return new LocatingHandler(resource, helper, options);
    }

    private static final class LocatingHandler extends SAXXMIHandler {

        LocatingHandler(XMLResource resource, XMLHelper helper, Map<?, ?> options) {
            super(resource, helper, options);
        }

        /** Called for every element-created object, while the parser is at its start tag. */
        @Override
        protected void processObject(EObject object) {
            if (object != null && xmlResource instanceof SynergosResource synergos) {
                synergos.recordLocation(object, getLineNumber(), getColumnNumber());
            }
            super.processObject(object);
        }
    }
}
