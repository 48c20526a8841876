package org.synergos.model.lavaan;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.synergos.model.ConstraintOperator;
import org.synergos.model.Construct;
import org.synergos.model.ConstructMode;
import org.synergos.model.Covariance;
import org.synergos.model.DefinedParameter;
import org.synergos.model.Framework;
import org.synergos.model.Indicator;
import org.synergos.model.ParameterConstraint;
import org.synergos.model.StructuralPath;
import org.synergos.model.SynergosFactory;
import org.synergos.model.Variable;
import org.synergos.model.helpers.Elements;
import org.synergos.model.helpers.ModelIds;
import org.synergos.model.internal.lavaan.Lexer;
import org.synergos.model.internal.lavaan.Statement;
import org.synergos.model.internal.lavaan.StatementParser;
import org.synergos.model.internal.lavaan.Term;
import org.synergos.model.internal.lavaan.Token;

/**
 * Reads lavaan model syntax into a {@link Framework}: {@code =~} reflective and {@code <~} composite
 * constructs (a latent on the right of {@code =~} makes a higher-order construct), {@code ~}
 * structural paths, {@code ~~} covariances, {@code :=} defined parameters and {@code == < >}
 * constraints. Modifiers {@code label*}, {@code number*} and {@code NA*} are kept. Statements may come
 * in any order, as in lavaan. Anything Synergos cannot represent is rejected with its line and column
 * rather than silently dropped.
 */
public final class LavaanReader {

    private final Framework framework;
    private final Map<String, Construct> constructs = new LinkedHashMap<>();
    private final Map<String, Indicator> indicators = new LinkedHashMap<>();

    private LavaanReader(String name) {
        framework = Elements.framework(name);
    }

    /** Reads {@code syntax} into a new framework named "lavaan model". */
    public static Framework read(String syntax) throws LavaanSyntaxException {
        return read(syntax, "lavaan model");
    }

    /** Reads {@code syntax} into a new framework with the given name. */
    public static Framework read(String syntax, String frameworkName) throws LavaanSyntaxException {
        LavaanReader reader = new LavaanReader(frameworkName);
        List<Statement> statements = new java.util.ArrayList<>();
        for (List<Token> tokens : Lexer.statements(syntax)) {
            statements.add(StatementParser.parse(tokens));
        }
        reader.declareConstructs(statements);
        for (Statement statement : statements) {
            if (isMeasurement(statement)) {
                reader.apply(statement);
            }
        }
        for (Statement statement : statements) {
            if (!isMeasurement(statement)) {
                reader.apply(statement);
            }
        }
        ModelIds.ensureIds(reader.framework);
        return reader.framework;
    }

    /** Measurement statements go first so that later statements may name any indicator. */
    private static boolean isMeasurement(Statement statement) {
        return statement.op().equals("=~") || statement.op().equals("<~");
    }

    /** First pass: every left side of =~ or <~ is a construct, in order of first appearance. */
    private void declareConstructs(List<Statement> statements) throws LavaanSyntaxException {
        Map<String, String> operatorOf = new LinkedHashMap<>();
        for (Statement statement : statements) {
            if (!statement.op().equals("=~") && !statement.op().equals("<~")) {
                continue;
            }
            for (Token name : statement.left()) {
                String previous = operatorOf.putIfAbsent(name.text(), statement.op());
                if (previous != null && !previous.equals(statement.op())) {
                    throw error(name, "construct '" + name.text() + "' is defined both with '=~' and '<~'");
                }
                if (previous == null) {
                    ConstructMode mode = statement.op().equals("=~") ? ConstructMode.REFLECTIVE : ConstructMode.COMPOSITE;
                    constructs.put(name.text(), Elements.construct(framework, name.text(), mode));
                }
            }
        }
    }

    private void apply(Statement statement) throws LavaanSyntaxException {
        switch (statement.op()) {
            case "=~", "<~" -> measurement(statement);
            case "~" -> regression(statement);
            case "~~" -> covariance(statement);
            case ":=" -> definition(statement);
            default -> constraint(statement);
        }
    }

    private void measurement(Statement statement) throws LavaanSyntaxException {
        for (Token left : statement.left()) {
            Construct construct = constructs.get(left.text());
            for (Term term : statement.right()) {
                String name = term.name().text();
                if (constructs.containsKey(name)) {
                    dimension(construct, term);
                } else {
                    indicator(construct, term);
                }
            }
        }
    }

    private void dimension(Construct construct, Term term) throws LavaanSyntaxException {
        Construct lower = constructs.get(term.name().text());
        if (lower == construct) {
            throw error(term.name(), "construct '" + construct.getCode() + "' cannot measure itself");
        }
        if (!term.modifiers().isEmpty()) {
            throw error(term.modifiers().get(0).at(),
                    "modifiers on higher-order loadings (" + term.name().text() + ") are not supported");
        }
        if (!construct.getDimensions().contains(lower)) {
            construct.getDimensions().add(lower);
        }
    }

    private void indicator(Construct construct, Term term) throws LavaanSyntaxException {
        String code = term.name().text();
        Indicator indicator = indicators.get(code);
        if (indicator != null && indicator.eContainer() != construct) {
            throw error(term.name(), "indicator '" + code + "' already measures construct '"
                    + ((Construct) indicator.eContainer()).getCode() + "'; cross-loadings are not supported");
        }
        if (indicator == null) {
            indicator = Elements.indicator(construct, code);
            indicators.put(code, indicator);
        }
        for (Term.Modifier modifier : term.modifiers()) {
            if (modifier.free()) {
                indicator.setLoadingFree(true);
            } else if (modifier.value() != null) {
                if (indicator.getLoadingFixedValue() != null && !indicator.getLoadingFixedValue().equals(modifier.value())) {
                    throw error(modifier.at(), "loading of '" + code + "' is fixed twice to different values");
                }
                indicator.setLoadingFixedValue(modifier.value());
            } else {
                if (indicator.getLoadingLabel() != null && !indicator.getLoadingLabel().equals(modifier.label())) {
                    throw error(modifier.at(), "loading of '" + code + "' has two different labels");
                }
                indicator.setLoadingLabel(modifier.label());
            }
        }
    }

    private void regression(Statement statement) throws LavaanSyntaxException {
        for (Token left : statement.left()) {
            Construct target = constructFor(left, "~");
            for (Term term : statement.right()) {
                Construct source = constructFor(term.name(), "~");
                StructuralPath path = SynergosFactory.eINSTANCE.createStructuralPath();
                path.setSource(source);
                path.setTarget(target);
                for (Term.Modifier modifier : term.modifiers()) {
                    if (modifier.free()) {
                        throw error(modifier.at(), "NA* is only supported on loadings");
                    }
                    if (modifier.value() != null) {
                        path.setFixedValue(modifier.value());
                    } else {
                        path.setParameterLabel(modifier.label());
                    }
                }
                framework.getPaths().add(path);
            }
        }
    }

    private void covariance(Statement statement) throws LavaanSyntaxException {
        for (Token left : statement.left()) {
            Variable leftVariable = variableFor(left);
            for (Term term : statement.right()) {
                Covariance covariance = SynergosFactory.eINSTANCE.createCovariance();
                covariance.setLeft(leftVariable);
                covariance.setRight(variableFor(term.name()));
                for (Term.Modifier modifier : term.modifiers()) {
                    if (modifier.free()) {
                        throw error(modifier.at(), "NA* is only supported on loadings");
                    }
                    if (modifier.value() != null) {
                        covariance.setFixedValue(modifier.value());
                    } else {
                        covariance.setParameterLabel(modifier.label());
                    }
                }
                framework.getCovariances().add(covariance);
            }
        }
    }

    private void definition(Statement statement) {
        DefinedParameter parameter = SynergosFactory.eINSTANCE.createDefinedParameter();
        parameter.setName(statement.leftExpression());
        parameter.setExpression(statement.rightExpression());
        framework.getDefinedParameters().add(parameter);
    }

    private void constraint(Statement statement) {
        ParameterConstraint constraint = SynergosFactory.eINSTANCE.createParameterConstraint();
        constraint.setLeft(statement.leftExpression());
        constraint.setOperator(switch (statement.op()) {
            case "<" -> ConstraintOperator.LESS_THAN;
            case ">" -> ConstraintOperator.GREATER_THAN;
            default -> ConstraintOperator.EQUAL;
        });
        constraint.setRight(statement.rightExpression());
        framework.getConstraints().add(constraint);
    }

    private Construct constructFor(Token name, String op) throws LavaanSyntaxException {
        Construct construct = constructs.get(name.text());
        if (construct != null) {
            return construct;
        }
        if (indicators.containsKey(name.text())) {
            throw error(name, "'" + name.text() + "' is an observed indicator; Synergos structural paths ('" + op
                    + "') connect constructs (define a single-indicator construct for it)");
        }
        throw error(name, "unknown variable '" + name.text() + "': declare it as a construct with =~ or <~");
    }

    private Variable variableFor(Token name) throws LavaanSyntaxException {
        Variable variable = constructs.containsKey(name.text()) ? constructs.get(name.text()) : indicators.get(name.text());
        if (variable == null) {
            throw error(name, "unknown variable '" + name.text() + "': it is neither a construct nor an indicator");
        }
        return variable;
    }

    private static LavaanSyntaxException error(Token at, String problem) {
        return new LavaanSyntaxException(at.line(), at.column(), problem);
    }
}
