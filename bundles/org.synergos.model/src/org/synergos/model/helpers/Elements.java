package org.synergos.model.helpers;

import org.synergos.model.Actor;
import org.synergos.model.ActorKind;
import org.synergos.model.Collaboration;
import org.synergos.model.CollaborationKind;
import org.synergos.model.Construct;
import org.synergos.model.ConstructMode;
import org.synergos.model.Covariance;
import org.synergos.model.DataFormat;
import org.synergos.model.DataSource;
import org.synergos.model.Framework;
import org.synergos.model.Indicator;
import org.synergos.model.MediationHypothesis;
import org.synergos.model.StructuralPath;
import org.synergos.model.SynergosFactory;
import org.synergos.model.Variable;

/**
 * Creates the commonly built elements already contained in their parent and with an id assigned, so
 * code building models (importers, tests, the UI) never produces id-less elements. Anything not
 * covered here can be created with {@link SynergosFactory} and finished with
 * {@link ModelIds#assign} or {@link ModelIds#ensureIds}.
 */
public final class Elements {

    private static final SynergosFactory FACTORY = SynergosFactory.eINSTANCE;

    private Elements() {
    }

    public static Framework framework(String name) {
        Framework framework = FACTORY.createFramework();
        framework.setName(name);
        framework.setId("framework");
        return framework;
    }

    public static Actor actor(Framework framework, String name, ActorKind kind) {
        Actor actor = FACTORY.createActor();
        actor.setName(name);
        actor.setKind(kind);
        framework.getActors().add(actor);
        ModelIds.assign(actor);
        return actor;
    }

    public static Collaboration collaboration(Framework framework, String name, CollaborationKind kind,
            Actor source, Actor target) {
        Collaboration collaboration = FACTORY.createCollaboration();
        collaboration.setName(name);
        collaboration.setKind(kind);
        collaboration.setSource(source);
        collaboration.setTarget(target);
        framework.getCollaborations().add(collaboration);
        ModelIds.assign(collaboration);
        return collaboration;
    }

    /** A construct whose name equals its code (rename afterwards if needed). */
    public static Construct construct(Framework framework, String code, ConstructMode mode) {
        Construct construct = FACTORY.createConstruct();
        construct.setCode(code);
        construct.setName(code);
        construct.setMode(mode);
        framework.getConstructs().add(construct);
        ModelIds.assign(construct);
        return construct;
    }

    /** An indicator read from the data column of the same name. */
    public static Indicator indicator(Construct construct, String code) {
        Indicator indicator = FACTORY.createIndicator();
        indicator.setCode(code);
        indicator.setColumn(code);
        construct.getIndicators().add(indicator);
        ModelIds.assign(indicator);
        return indicator;
    }

    /** A structural path; {@code label} (H1 ...) may be null. */
    public static StructuralPath path(Framework framework, String label, Construct source, Construct target) {
        StructuralPath path = FACTORY.createStructuralPath();
        path.setLabel(label);
        path.setSource(source);
        path.setTarget(target);
        framework.getPaths().add(path);
        ModelIds.assign(path);
        return path;
    }

    public static MediationHypothesis mediation(Framework framework, String label, Construct source,
            Construct target, Construct... mediators) {
        MediationHypothesis mediation = FACTORY.createMediationHypothesis();
        mediation.setLabel(label);
        mediation.setSource(source);
        mediation.setTarget(target);
        mediation.getMediators().addAll(java.util.List.of(mediators));
        framework.getMediations().add(mediation);
        ModelIds.assign(mediation);
        return mediation;
    }

    public static Covariance covariance(Framework framework, Variable left, Variable right) {
        Covariance covariance = FACTORY.createCovariance();
        covariance.setLeft(left);
        covariance.setRight(right);
        framework.getCovariances().add(covariance);
        ModelIds.assign(covariance);
        return covariance;
    }

    /** A CSV data source at {@code path}, relative to the model file. */
    public static DataSource csvDataSource(Framework framework, String name, String path) {
        DataSource source = FACTORY.createDataSource();
        source.setName(name);
        source.setPath(path);
        source.setFormat(DataFormat.CSV);
        framework.getDataSources().add(source);
        ModelIds.assign(source);
        return source;
    }
}
