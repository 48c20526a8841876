package org.synergos.model.internal.io;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.xmi.ClassNotFoundException;
import org.eclipse.emf.ecore.xmi.FeatureNotFoundException;
import org.eclipse.emf.ecore.xmi.IllegalValueException;
import org.eclipse.emf.ecore.xmi.PackageNotFoundException;
import org.eclipse.emf.ecore.xmi.UnresolvedReferenceException;
import org.eclipse.emf.ecore.xmi.XMIException;
import org.synergos.model.SynergosPackage;
import org.synergos.model.helpers.ElementLabels;
import org.synergos.model.io.LoadProblem;
import org.xml.sax.SAXParseException;

/** Turns EMF/SAX load errors into {@link LoadProblem}s that say what is wrong in user terms. */
public final class LoadProblems {

    private LoadProblems() {
    }

    /**
     * Problems recorded by the resource during a load that failed, duplicate ids first: a copied element
     * that kept its id leaves the references to the id it should have had dangling.
     */
    public static List<LoadProblem> of(Resource resource) {
        List<LoadProblem> problems = new ArrayList<>(DuplicateIds.in(resource));
        for (Resource.Diagnostic diagnostic : resource.getErrors()) {
            problems.add(fromDiagnostic(diagnostic));
        }
        return problems;
    }

    /** The problem carried by an exception thrown from {@code Resource.load}, if it has one. */
    public static LoadProblem of(Throwable thrown) {
        for (Throwable t = thrown; t != null; t = t.getCause()) {
            if (t instanceof SAXParseException sax) {
                return new LoadProblem(sax.getLineNumber(), sax.getColumnNumber(),
                        "malformed XML: " + sax.getMessage());
            }
            if (t instanceof XMIException xmi) {
                return fromDiagnostic(xmi);
            }
            if (t instanceof Resource.IOWrappedException wrapped && wrapped.getCause() == null) {
                break;
            }
        }
        return new LoadProblem(0, 0, String.valueOf(thrown.getMessage()));
    }

    private static LoadProblem fromDiagnostic(Resource.Diagnostic diagnostic) {
        if (diagnostic instanceof XMIException xmi) {
            if (xmi.getWrappedException() instanceof SAXParseException sax) {
                return new LoadProblem(sax.getLineNumber(), sax.getColumnNumber(),
                        "malformed XML: " + sax.getMessage());
            }
            return new LoadProblem(diagnostic.getLine(), diagnostic.getColumn(), describe(xmi));
        }
        return new LoadProblem(diagnostic.getLine(), diagnostic.getColumn(), diagnostic.getMessage());
    }

    private static String describe(XMIException exception) {
        if (exception instanceof FeatureNotFoundException notFound) {
            return "unknown element or attribute '" + notFound.getName() + "'"
                    + within(notFound.getObject()) + "; remove it or check its spelling";
        }
        if (exception instanceof UnresolvedReferenceException unresolved) {
            return "reference '" + unresolved.getFeature().getName() + "'" + within(unresolved.getObject())
                    + " points to id '" + unresolved.getReference()
                    + "' which no element has (dangling reference); fix the id or remove the reference";
        }
        if (exception instanceof ClassNotFoundException classNotFound) {
            return "unknown element type '" + classNotFound.getName() + "'";
        }
        if (exception instanceof PackageNotFoundException packageNotFound) {
            return "unknown namespace '" + packageNotFound.uri() + "'; Synergos models use '"
                    + SynergosPackage.eNS_URI + "'";
        }
        if (exception instanceof IllegalValueException illegal) {
            return "value '" + illegal.getValue() + "' is not valid for '" + illegal.getFeature().getName() + "'"
                    + within(illegal.getObject());
        }
        return stripLocation(exception.getMessage());
    }

    private static String within(Object object) {
        return object instanceof EObject eObject ? " in " + ElementLabels.of(eObject) : "";
    }

    /** EMF appends "(uri, line, column)" to messages; the location is reported separately. */
    private static String stripLocation(String message) {
        if (message == null) {
            return "unknown problem";
        }
        int paren = message.lastIndexOf(" (");
        return paren > 0 && message.endsWith(")") ? message.substring(0, paren) : message;
    }
}
