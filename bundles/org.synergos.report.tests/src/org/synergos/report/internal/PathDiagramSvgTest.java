package org.synergos.report.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;

import org.junit.jupiter.api.Test;
import org.synergos.model.Construct;
import org.synergos.model.ConstructMode;
import org.synergos.model.Framework;
import org.synergos.model.helpers.Elements;
import org.synergos.report.internal.DiagramScene.Box;
import org.synergos.report.internal.DiagramScene.Label;
import org.synergos.report.internal.DiagramScene.Oval;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

class PathDiagramSvgTest {

    private static final String HOSTILE = " <script>alert('x')</script> & \"q\" 100% a_b $ \\ \u0001";

    /** Parses as XML with DOCTYPEs and external entities refused, as for untrusted input. */
    static Document parse(String svg) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        factory.setFeature("http://xml.org/sax/features/external-general-entities", false);
        factory.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
        factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
        factory.setXIncludeAware(false);
        factory.setExpandEntityReferences(false);
        factory.setNamespaceAware(true);
        DocumentBuilder builder = factory.newDocumentBuilder();
        return builder.parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)));
    }

    private static List<String> texts(Document document) {
        List<String> texts = new ArrayList<>();
        NodeList nodes = document.getElementsByTagName("text");
        for (int i = 0; i < nodes.getLength(); i++) {
            texts.add(nodes.item(i).getTextContent());
        }
        return texts;
    }

    @Test
    void resultDiagramIsPlainWellFormedSvgWithAnEllipsePerConstructAndAnArrowPerPath() throws Exception {
        PlsFixture fixture = new PlsFixture();
        String svg = PathDiagramSvg.render(fixture.model, DiagramValues.of(fixture.result()), "PLS-SEM", "synergos-pls");
        Document document = parse(PathDiagramSvg.XML_DECLARATION + svg);
        Element root = document.getDocumentElement();
        assertEquals("svg", root.getLocalName());
        assertEquals("http://www.w3.org/2000/svg", root.getNamespaceURI());
        assertEquals("1.1", root.getAttribute("version"));
        assertTrue(root.getAttribute("viewBox").matches("0 0 [0-9.]+ [0-9.]+"), root.getAttribute("viewBox"));
        assertEquals(3, document.getElementsByTagName("ellipse").getLength());
        NodeList paths = document.getElementsByTagName("path");
        int arrows = 0;
        for (int i = 0; i < paths.getLength(); i++) {
            arrows += ((Element) paths.item(i)).getAttribute("marker-end").equals("url(#synergos-pls-arrow)") ? 1 : 0;
        }
        assertEquals(3, arrows, "one arrow per structural path");
        assertEquals(1, document.getElementsByTagName("marker").getLength());
        assertEquals(18, document.getElementsByTagName("line").getLength(), "one line per indicator");
        List<String> texts = texts(document);
        assertTrue(texts.contains("0.283*** (t = 6.91)") && texts.contains("0.624*** (t = 17.66)"), texts.toString());
        assertTrue(texts.contains("R² = 0.629") && texts.contains("NQ9") && texts.contains("0.812"), texts.toString());
        assertTrue(texts.contains("Indirect effect H4 (NQPF → DT → CIP): 0.281*** (t = 9.05)"), texts.toString());
        assertTrue(texts.contains("* p < .05, ** p < .01, *** p < .001."), texts.toString());
        NodeList textElements = document.getElementsByTagName("text");
        for (int i = 0; i < textElements.getLength(); i++) {
            assertEquals(PathDiagramSvg.FONTS, ((Element) textElements.item(i)).getAttribute("font-family"));
        }
        for (String forbidden : List.of("class=", "style", "foreignObject", "@font-face", "var(", "<script")) {
            assertFalse(svg.contains(forbidden), forbidden);
        }
    }

    @Test
    void modelStringsAreXmlEscapedAndSurviveParsing() throws Exception {
        PlsFixture fixture = new PlsFixture(HOSTILE);
        fixture.h1.setLabel("H1" + HOSTILE);
        String svg = PathDiagramSvg.render(fixture.model, DiagramValues.none(), "Model" + HOSTILE, "synergos-model");
        assertFalse(svg.contains("<script>"), "no raw markup");
        assertTrue(svg.contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; &quot;q&quot; 100% a_b $ \\ \uFFFD"),
                "escaped; a control character XML forbids becomes U+FFFD");
        Document document = parse(svg);
        assertEquals("Model" + HOSTILE.replace('\u0001', '\uFFFD'),
                document.getElementsByTagName("title").item(0).getTextContent());
        String all = String.join("", texts(document));
        assertTrue(all.contains("新质生产力"), "Chinese kept");
        assertTrue(texts(document).contains("H1" + HOSTILE.replace('\u0001', '\uFFFD')), "hypothesis label on the arrow");
        assertTrue(texts(document).contains("Mediation H4 (NQPF → DT → CIP)"));
    }

    @Test
    void sameModelAndValuesGiveTheSameBytes() {
        PlsFixture first = new PlsFixture(HOSTILE);
        PlsFixture second = new PlsFixture(HOSTILE);
        assertEquals(PathDiagramSvg.render(first.model, DiagramValues.of(first.result()), "t", "p"),
                PathDiagramSvg.render(second.model, DiagramValues.of(second.result()), "t", "p"));
    }

    @Test
    void tenConstructsWithTenIndicatorsEachDoNotOverlap() {
        Framework model = Elements.framework("large");
        List<Construct> constructs = new ArrayList<>();
        for (int c = 0; c < 10; c++) {
            Construct construct = Elements.construct(model, "C" + c, ConstructMode.REFLECTIVE);
            construct.setName("Construct number " + c + " with a long descriptive name 构念");
            for (int i = 1; i <= 10; i++) {
                Elements.indicator(construct, "C" + c + "_item" + i);
            }
            constructs.add(construct);
        }
        int[][] edges = { { 0, 3 }, { 1, 3 }, { 2, 4 }, { 3, 5 }, { 4, 5 }, { 5, 6 }, { 0, 6 }, { 1, 7 }, { 6, 8 },
                { 7, 8 }, { 8, 9 }, { 2, 9 }, { 9, 7 } };
        for (int[] edge : edges) {
            Elements.path(model, "P" + edge[0] + edge[1], constructs.get(edge[0]), constructs.get(edge[1]));
        }
        DiagramScene scene = DiagramLayout.layout(model, DiagramValues.none());
        assertEquals(10, scene.ovals.size());
        assertEquals(100, scene.boxes.size());
        assertEquals(edges.length, scene.arrows.size());
        List<double[]> rectangles = new ArrayList<>();
        for (Oval oval : scene.ovals) {
            rectangles.add(new double[] { oval.cx() - oval.rx(), oval.cy() - oval.ry(), oval.cx() + oval.rx(),
                    oval.cy() + oval.ry() });
        }
        for (Box box : scene.boxes) {
            rectangles.add(new double[] { box.x(), box.y(), box.x() + box.width(), box.y() + box.height() });
        }
        for (int a = 0; a < rectangles.size(); a++) {
            for (int b = a + 1; b < rectangles.size(); b++) {
                double[] r = rectangles.get(a);
                double[] s = rectangles.get(b);
                assertFalse(r[0] < s[2] && s[0] < r[2] && r[1] < s[3] && s[1] < r[3], "shapes " + a + " and " + b + " overlap");
            }
        }
        for (int a = 0; a < scene.labels.size(); a++) {
            for (int b = a + 1; b < scene.labels.size(); b++) {
                Label first = scene.labels.get(a);
                Label second = scene.labels.get(b);
                assertFalse(first.overlaps(second), "labels " + first.text() + " and " + second.text() + " overlap");
            }
        }
    }

    @Test
    void columnsFollowTheLongestPathSoRecursivePathsPointRight() {
        PlsFixture fixture = new PlsFixture();
        DiagramScene scene = DiagramLayout.layout(fixture.model, DiagramValues.none());
        double nqpf = scene.ovals.get(0).cx();
        double dt = scene.ovals.get(1).cx();
        double cip = scene.ovals.get(2).cx();
        assertTrue(nqpf < dt && dt < cip, nqpf + " " + dt + " " + cip);
        Oval middle = scene.ovals.get(1);
        for (double t = 0.05; t < 1; t += 0.05) {
            double[] p = scene.arrows.get(0).at(t);
            assertFalse(middle.contains(p[0], p[1], 0), "H1 bends around DT instead of crossing it");
        }
    }

    @Test
    void numbersAreShortAndLocaleFree() {
        assertEquals("12.3", PathDiagramSvg.number(12.345));
        assertEquals("0", PathDiagramSvg.number(-0.04));
        assertEquals("-3", PathDiagramSvg.number(-3.0));
        assertEquals("1200", PathDiagramSvg.number(1200));
    }
}
