package org.citizencharter.io.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringReader;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.xpath.XPathConstants;
import javax.xml.xpath.XPathExpressionException;
import javax.xml.xpath.XPathFactory;
import org.eclipse.collections.api.factory.Lists;
import org.eclipse.collections.api.list.ImmutableList;
import org.eclipse.collections.api.list.MutableList;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;

/** Reads the report's HTML with the JDK's XML parser, which fails on any markup that is not well-formed. */
final class Xhtml {

    private final Document document;

    private Xhtml(Document document) {
        this.document = document;
    }

    /** Parses the HTML as XML; throws if it is not well-formed. */
    static Xhtml parse(String html) {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
            factory.setExpandEntityReferences(false);
            return new Xhtml(factory.newDocumentBuilder().parse(new InputSource(new StringReader(html))));
        } catch (ParserConfigurationException | SAXException | IOException notWellFormed) {
            throw new AssertionError("The HTML is not well-formed: " + notWellFormed.getMessage(), notWellFormed);
        }
    }

    /** The elements an XPath expression selects. */
    ImmutableList<Element> all(String xpath) {
        try {
            NodeList nodes = (NodeList) XPathFactory.newInstance().newXPath().evaluate(xpath, document,
                    XPathConstants.NODESET);
            MutableList<Element> elements = Lists.mutable.empty();
            for (int i = 0; i < nodes.getLength(); i++) {
                if (nodes.item(i).getNodeType() == Node.ELEMENT_NODE) {
                    elements.add((Element) nodes.item(i));
                }
            }
            return elements.toImmutable();
        } catch (XPathExpressionException wrong) {
            throw new IllegalArgumentException(xpath, wrong);
        }
    }

    /** The text of the elements an XPath expression selects, white space folded. */
    ImmutableList<String> texts(String xpath) {
        return all(xpath).collect(Xhtml::text);
    }

    /** The one element an XPath expression selects. */
    Element one(String xpath) {
        ImmutableList<Element> found = all(xpath);
        assertThat(found).as(xpath).hasSize(1);
        return found.getFirst();
    }

    static String text(Element element) {
        return element.getTextContent().strip().replaceAll("\\s+", " ");
    }

    /**
     * Checks that every row of a table body fills exactly its columns, counting the cells that earlier rows
     * span into it.
     */
    static void assertRectangular(ImmutableList<Element> rows, int columns) {
        int[] carried = new int[columns];
        for (int r = 0; r < rows.size(); r++) {
            NodeList cells = rows.get(r).getChildNodes();
            int column = 0;
            for (int i = 0; i < cells.getLength(); i++) {
                if (!(cells.item(i) instanceof Element cell)) {
                    continue;
                }
                while (column < columns && carried[column] > 0) {
                    carried[column]--;
                    column++;
                }
                assertThat(column).as("row %d has more cells than the %d columns", r + 1, columns).isLessThan(columns);
                String rowspan = cell.getAttribute("rowspan");
                carried[column] = rowspan.isEmpty() ? 0 : Integer.parseInt(rowspan) - 1;
                column++;
            }
            while (column < columns && carried[column] > 0) {
                carried[column]--;
                column++;
            }
            assertThat(column).as("row %d fills its columns", r + 1).isEqualTo(columns);
        }
        assertThat(carried).as("no cell spans beyond the last row").containsOnly(0);
    }
}
