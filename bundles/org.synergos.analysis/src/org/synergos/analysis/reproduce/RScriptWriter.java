package org.synergos.analysis.reproduce;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;

import org.synergos.analysis.api.EngineDescriptor;
import org.synergos.analysis.api.Parameters;
import org.synergos.analysis.study.DataSources;
import org.synergos.analysis.study.Study;
import org.synergos.data.DataFormatException;
import org.synergos.data.csv.CsvDatasetReader;
import org.synergos.data.csv.CsvOptions;
import org.synergos.data.matrix.MatrixData;
import org.synergos.data.files.DataFileFormat;
import org.synergos.model.AnalysisConfiguration;
import org.synergos.model.DataSource;
import org.synergos.model.Parameter;
import org.synergos.model.io.DataPaths;
import org.synergos.model.io.DataSourceCsv;
import org.synergos.model.io.WorkspacePathException;

/**
 * Writes the R script of {@code synergos export --r}: a header, the data read once per data source (paths
 * relative to the script, which finds its own folder), then every enabled analysis of the model whose
 * engine has an {@link RReproduction}. An analysis it cannot reproduce is named in the script and in
 * {@link RScript#omissions()}, never left out silently.
 */
public final class RScriptWriter {

    /** The R function the script defines when a data source is a matrix file. */
    public static final String MOMENTS_FUNCTION = "synergos_moments";

    private final Function<String, Optional<EngineDescriptor>> descriptors;
    private final Function<String, Optional<RReproduction>> reproductions;

    /**
     * @param descriptors the installed engines' descriptors, whose defaults complete the model's parameters
     * @param reproductions the R reproduction of an engine, if one is installed
     */
    public RScriptWriter(Function<String, Optional<EngineDescriptor>> descriptors,
            Function<String, Optional<RReproduction>> reproductions) {
        this.descriptors = descriptors;
        this.reproductions = reproductions;
    }

    /** @param scriptFolder the folder the script will be written to; data paths are written relative to it */
    public RScript write(Study study, Path scriptFolder) {
        return write(study, scriptFolder, Optional.empty(), Map.of());
    }

    /**
     * The script of the analyses a run with these arguments performs (as {@code ConfiguredAnalyses} runs them).
     *
     * @param engineFilter only the analyses of this engine, when given
     * @param overrides parameter values replacing the model's in every analysis
     */
    public RScript write(Study study, Path scriptFolder, Optional<String> engineFilter, Map<String, String> overrides) {
        List<RScript.Omission> omissions = new ArrayList<>();
        Map<String, List<String>> reproduced = new LinkedHashMap<>();
        Set<String> packages = new LinkedHashSet<>();
        Map<DataSource, String> dataVariables = new LinkedHashMap<>();
        Set<DataSource> matrixSources = new LinkedHashSet<>();
        StringBuilder data = new StringBuilder();
        StringBuilder analyses = new StringBuilder();
        for (AnalysisConfiguration analysis : study.enabledAnalyses()) {
            if (engineFilter.isPresent() && !engineFilter.get().equals(analysis.getEngineId())) {
                continue;
            }
            String name = analysis.getName() == null ? analysis.getEngineId() : analysis.getName();
            analyses.append("\n# ---- ").append(RScript.title(name, analysis.getEngineId())).append(" ----\n");
            try {
                RReproduction reproduction = reproductions.apply(analysis.getEngineId()).orElseThrow(
                        () -> new ReproductionException("no R reproduction is installed for engine '"
                                + analysis.getEngineId() + "'"));
                DataSource source = study.dataSourceOf(analysis).orElseThrow(
                        () -> new ReproductionException("the model binds no data source to it"));
                String dataVariable = dataVariables.get(source);
                if (dataVariable == null) {
                    dataVariable = RLiterals.variable("data", source.getId() == null ? "" + dataVariables.size()
                            : source.getId());
                    data.append(readData(study, source, dataVariable, scriptFolder, packages));
                    dataVariables.put(source, dataVariable);
                    if (isMatrixFile(study, source)) {
                        matrixSources.add(source);
                    }
                }
                boolean summary = matrixSources.contains(source);
                if (summary && !reproduction.acceptsSummaryData()) {
                    throw new ReproductionException("data source '" + source.getName() + "' is a matrix file"
                            + " (summary statistics), which engine '" + analysis.getEngineId() + "' does not analyse");
                }
                String id = analysis.getId() == null ? "" + (reproduced.size() + omissions.size() + 1)
                        : analysis.getId();
                String code = reproduction.code(new RAnalysis(study.framework(), name,
                        parameters(analysis, overrides), dataVariable, id, summary));
                packages.addAll(reproduction.packages());
                reproduced.put(name, reproduction.packages());
                analyses.append(code.endsWith("\n") ? code : code + "\n");
            } catch (ReproductionException | IllegalArgumentException e) {
                omissions.add(new RScript.Omission(name, analysis.getEngineId(), e.getMessage()));
                analyses.append("# NOT REPRODUCED: ").append(e.getMessage().replace('\n', ' ')).append('\n');
            }
        }
        String moments = matrixSources.isEmpty() ? "" : MOMENTS_R;
        return new RScript(header(study, packages) + moments + data + analyses, reproduced, omissions);
    }

    private Parameters parameters(AnalysisConfiguration analysis, Map<String, String> overrides)
            throws ReproductionException {
        EngineDescriptor descriptor = descriptors.apply(analysis.getEngineId()).orElseThrow(
                () -> new ReproductionException("engine '" + analysis.getEngineId() + "' is not installed"));
        Map<String, String> supplied = new LinkedHashMap<>();
        for (Parameter parameter : analysis.getParameters()) {
            supplied.put(parameter.getKey(), parameter.getValue());
        }
        supplied.putAll(overrides);
        return Parameters.resolve(descriptor, supplied);
    }

    private static String header(Study study, Set<String> packages) {
        StringBuilder out = new StringBuilder();
        out.append("# Reproduces the analyses of the Synergos model ").append(RLiterals.string(study.name()))
                .append(" (").append(study.modelFile().getFileName()).append(") in R.\n");
        out.append("# Written by `synergos export --r`. Run it with `Rscript FILE.R` or source() it; data paths are\n");
        out.append("# relative to this file's folder. Point estimates, SEs and fit measures agree with Synergos;\n");
        out.append("# bootstrap results agree within Monte Carlo error only (R draws other random numbers).\n");
        if (!packages.isEmpty()) {
            out.append("# Needs: install.packages(").append(RLiterals.strings(List.copyOf(packages))).append(")\n");
        }
        for (String p : packages) {
            out.append("suppressPackageStartupMessages(library(").append(p).append("))\n");
        }
        out.append("""
                # this file's folder: source()'s innermost frame, else Rscript's --file=, else the working folder
                synergos_dir <- local({
                  sourcing <- Filter(function(frame) !is.null(frame$ofile), sys.frames())
                  file <- sub("^--file=", "", grep("^--file=", commandArgs(FALSE), value = TRUE))
                  if (length(sourcing) > 0) dirname(normalizePath(sourcing[[length(sourcing)]]$ofile))
                  else if (length(file) == 1) dirname(normalizePath(file)) else getwd()
                })
                """);
        return out.toString();
    }

    /**
     * An SPSS or Stata file read with haven, as Synergos reads it: user-missing values (SPSS) and tagged
     * missing values (Stata .a–.z) are NA, labels are dropped, and the source's own missing-value codes (not
     * CSV's default NA) become NA too.
     */
    private static String statisticsFile(DataSource source, String variable, String relative, DataFileFormat format,
            CsvOptions csv) {
        List<String> codes = new ArrayList<>(new TreeSet<>(csv.missingCodes()));
        codes.remove("NA");
        String reader = format == DataFileFormat.SAV ? "haven::read_sav" : "haven::read_dta";
        StringBuilder out = new StringBuilder("\n# data source ")
                .append(RLiterals.string(source.getName() == null ? source.getPath() : source.getName())).append(" (")
                .append(source.getPath()).append(", ").append(format == DataFileFormat.SAV ? "SPSS" : "Stata")
                .append("); declared missing values are NA\n").append(variable).append(" <- as.data.frame(haven::zap_labels(")
                .append(reader).append("(file.path(synergos_dir, ").append(RLiterals.string(relative)).append("))))\n");
        if (!codes.isEmpty()) {
            out.append(variable).append("[] <- lapply(").append(variable).append(", function(x) { x[as.character(x) %in% ")
                    .append(RLiterals.strings(codes)).append("] <- NA; x })\n");
        }
        return out.toString();
    }

    /** Whether the data source's file is in matrix layout (its header has a {@code rowtype_} column). */
    private static boolean isMatrixFile(Study study, DataSource source) throws ReproductionException {
        try {
            Path file = DataPaths.resolve(study.modelFile(), source.getPath());
            if (DataSources.format(source, file) != DataFileFormat.CSV) {
                return false;
            }
            return MatrixData.isMatrixHeader(new CsvDatasetReader(DataSourceCsv.options(source)).readHeader(file));
        } catch (WorkspacePathException | DataFormatException e) {
            throw new ReproductionException("data source '" + source.getName() + "': " + e.getMessage());
        }
    }

    /** Reads a matrix file's rows as Synergos does (org.synergos.data.matrix.MatrixData): lower, upper or full. */
    private static final String MOMENTS_R = """

            # summary statistics of a matrix file (rowtype_, varname_, one column per variable; lower, upper or
            # full triangle) as lavaan's sample.cov, sample.mean and sample.nobs; by group when group is given
            synergos_moments <- function(frame, group = NULL) {
              names(frame)[toupper(names(frame)) == "ROWTYPE_"] <- "rowtype_"
              names(frame)[toupper(names(frame)) == "VARNAME_"] <- "varname_"
              vars <- setdiff(names(frame), c("rowtype_", "varname_", group))
              block <- function(rows) {
                type <- toupper(trimws(rows$rowtype_))
                vec <- function(t) if (any(type %in% t)) as.numeric(unlist(rows[type %in% t, vars][1, ])) else NULL
                m <- matrix(NA_real_, length(vars), length(vars), dimnames = list(vars, vars))
                cells <- rows[type %in% c("CORR", "COV"), ]
                for (k in seq_len(nrow(cells))) m[trimws(cells$varname_[k]), ] <- as.numeric(unlist(cells[k, vars]))
                m[is.na(m)] <- t(m)[is.na(m)]
                sd <- vec(c("STDDEV", "SD"))
                if (any(type == "CORR") && !is.null(sd)) m <- m * outer(sd, sd)
                list(cov = m, mean = vec("MEAN"), nobs = vec("N")[1])
              }
              if (is.null(group)) return(block(frame))
              parts <- lapply(unique(frame[[group]]), function(g) block(frame[frame[[group]] == g, ]))
              names(parts) <- unique(frame[[group]])
              list(cov = lapply(parts, `[[`, "cov"),
                   mean = if (all(!sapply(lapply(parts, `[[`, "mean"), is.null))) lapply(parts, `[[`, "mean"),
                   nobs = sapply(parts, `[[`, "nobs"))
            }
            """;

    private static String readData(Study study, DataSource source, String variable, Path scriptFolder,
            Set<String> packages) throws ReproductionException {
        Path file;
        DataFileFormat format;
        try {
            file = DataPaths.resolve(study.modelFile(), source.getPath());
            format = DataSources.format(source, file);
        } catch (WorkspacePathException | DataFormatException e) {
            throw new ReproductionException("data source '" + source.getName() + "': " + e.getMessage());
        }
        Path folder = scriptFolder.toAbsolutePath().normalize();
        String relative = folder.relativize(file.toAbsolutePath().normalize()).toString().replace('\\', '/');
        CsvOptions csv = DataSourceCsv.options(source);
        if (format == DataFileFormat.SAV || format == DataFileFormat.DTA) {
            packages.add("haven");
            return statisticsFile(source, variable, relative, format, csv);
        }
        // the same rule as the analyses' reading: a workbook is one even when the model does not say so
        if (format != DataFileFormat.CSV) {
            throw new ReproductionException("data source '" + source.getName() + "' is " + format
                    + "; the R export reads CSV, SPSS and Stata data sources only");
        }
        List<String> missing = new ArrayList<>(new TreeSet<>(csv.missingCodes()));
        missing.add("");
        return "\n# data source " + RLiterals.string(source.getName() == null ? source.getPath() : source.getName())
                + " (" + source.getPath() + "); empty cells and the missing-value codes are NA\n"
                + variable + " <- read.csv(file.path(synergos_dir, " + RLiterals.string(relative) + "), sep = "
                + RLiterals.string(String.valueOf(csv.delimiter())) + ", na.strings = " + RLiterals.strings(missing)
                + ", check.names = FALSE, fileEncoding = \"UTF-8-BOM\")\n";
    }
}
