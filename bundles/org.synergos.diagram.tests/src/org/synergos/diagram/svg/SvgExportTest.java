package org.synergos.diagram.svg;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;

import org.junit.jupiter.api.Test;
import org.synergos.diagram.DiagramDescriptions;
import org.synergos.diagram.DiagramFactory;
import org.synergos.diagram.ExampleModels;
import org.synergos.diagram.layout.ElkLayout;
import org.synergos.diagram.layout.LaidOutDiagram;
import org.synergos.model.Framework;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

class SvgExportTest {

    @Test
    void everyExampleDiagramIsWellFormedSvgWithOneShapePerNode() throws Exception {
        for (Path model : ExampleModels.all()) {
            Framework framework = ExampleModels.load(model);
            for (String id : DiagramDescriptions.BUILT_IN_IDS) {
                LaidOutDiagram diagram = ElkLayout.layout(DiagramFactory.build(framework, DiagramDescriptions.builtIn(id)));
                String svg = SvgExport.toSvg(diagram);
                Document document = parse(svg);
                Element root = document.getDocumentElement();
                assertEquals("svg", root.getLocalName());
                assertEquals("http://www.w3.org/2000/svg", root.getNamespaceURI());
                assertTrue(root.getAttribute("viewBox").startsWith("0 0 "));
                assertEquals(SvgExport.FONT_FAMILY, root.getAttribute("font-family"));
                assertEquals(diagram.nodes().size(), countChildren(group(root, "nodes"), "g"),
                        ExampleModels.name(model) + " " + id);
                assertEquals(diagram.edges().size(), countChildren(group(root, "edges"), "g"));
                assertEquals(svg, SvgExport.toSvg(diagram), "deterministic");
            }
        }
    }

    @Test
    void overlaysAreDrawnInCanonicalOrderAndTextIsEscaped() throws Exception {
        Framework model = ExampleModels.load("nqpf-smes");
        model.getConstructs().get(0).setCode("NQPF<&>\"'");
        LaidOutDiagram diagram = ElkLayout.layout(DiagramFactory.build(model, DiagramDescriptions.builtIn("sem-path")));
        Map<String, String> values = new LinkedHashMap<>();
        values.put("p", "p < .001");
        values.put("beta", "β = 0.42");
        String svg = SvgExport.toSvg(diagram, Map.of("structuralPath.H1", values,
                "construct.CIP", Map.of("r2", "R² = 0.51")));

        Document document = parse(svg);
        String text = document.getDocumentElement().getTextContent();
        assertTrue(text.contains("NQPF<&>\"'"), "escaped and parsed back");
        assertTrue(text.indexOf("β = 0.42") < text.indexOf("p < .001"), "beta before p");
        assertTrue(text.contains("R² = 0.51"));
        NodeList markers = document.getElementsByTagNameNS("*", "marker");
        assertTrue(markers.getLength() >= 2, "one marker per arrowhead and colour");
    }

    private static Element group(Element root, String id) {
        for (org.w3c.dom.Node child = root.getFirstChild(); child != null; child = child.getNextSibling()) {
            if (child instanceof Element element && id.equals(element.getAttribute("id"))) {
                return element;
            }
        }
        throw new AssertionError("no group " + id);
    }

    private static int countChildren(Element parent, String name) {
        int count = 0;
        for (org.w3c.dom.Node child = parent.getFirstChild(); child != null; child = child.getNextSibling()) {
            if (child instanceof Element element && element.getLocalName().equals(name)) {
                count++;
            }
        }
        return count;
    }

    /** Parses with DTDs and external entities refused, as for any untrusted XML. */
    static Document parse(String svg) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        factory.setFeature("http://xml.org/sax/features/external-general-entities", false);
        factory.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
        factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
        factory.setXIncludeAware(false);
        factory.setExpandEntityReferences(false);
        DocumentBuilder builder = factory.newDocumentBuilder();
        return builder.parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)));
    }
}
