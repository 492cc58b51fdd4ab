package org.citizencharter.office.internal;

import java.util.ArrayDeque;
import java.util.Collections;
import java.util.Deque;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.Set;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDMarkedContentReference;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureTreeRoot;

/**
 * The table rows a tagged PDF's structure gives: for each marked-content sequence of a page (a page and a
 * marked-content id) that a table row's structure element ({@code TR}, or a type the role map makes one)
 * holds, that row. Word, Chromium and LibreOffice (when asked for a tagged PDF) tag a table's rows this way,
 * and a row broken across a page break is one {@code TR} holding content on both pages; nothing in the
 * drawing says so, as each part has its lines all round.
 *
 * <p>An untagged PDF, or one whose structure tree is larger than {@link #MAX_NODES} nodes, gives no rows.
 * Content inside a form XObject carries ids of the form's own and is not looked up (the reader gives it the
 * id of the page's sequence around the form, if any). Not thread-safe; one per document.
 */
final class TaggedRows {

    /** The most nodes of a structure tree looked at: elements, marked-content ids and references. */
    static final int MAX_NODES = 1 << 20;

    /** The most steps of the role map followed from a structure type to a standard one. */
    private static final int MAX_ROLE_STEPS = 16;

    /** A marked-content reference's content stream other than its page's (a form XObject's). */
    private static final COSName STM = COSName.getPDFName("Stm");

    private static final TaggedRows NONE = new TaggedRows(Map.of());

    private final Map<Long, Integer> rowOf;

    private TaggedRows(Map<Long, Integer> rowOf) {
        this.rowOf = rowOf;
    }

    /**
     * The rows of a document's structure tree.
     *
     * @param pdf the document
     * @return its rows; none if it is not tagged, tags no table row, or its tree is too large
     */
    static TaggedRows of(PDDocument pdf) {
        PDStructureTreeRoot root = pdf.getDocumentCatalog().getStructureTreeRoot();
        if (root == null) {
            return NONE;
        }
        Map<COSDictionary, Integer> pages = new IdentityHashMap<>();
        int index = 1;
        for (PDPage page : pdf.getPages()) {
            pages.put(page.getCOSObject(), index++);
        }
        Map<String, Object> roles = root.getRoleMap();
        Map<Long, Integer> rowOf = new HashMap<>();
        Set<COSDictionary> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        Deque<Node> todo = new ArrayDeque<>();
        for (Object kid : root.getKids()) {
            todo.push(new Node(kid, null, -1));
        }
        int rows = 0;
        int nodes = 0;
        while (!todo.isEmpty()) {
            if (++nodes > MAX_NODES) {
                return NONE;
            }
            Node node = todo.pop();
            if (node.kid instanceof PDStructureElement element) {
                if (!seen.add(element.getCOSObject())) {
                    continue;
                }
                COSDictionary own = element.getPage() == null ? node.page : element.getPage().getCOSObject();
                int row = node.row >= 0 || !isRow(element.getStructureType(), roles) ? node.row : rows++;
                for (Object kid : element.getKids()) {
                    todo.push(new Node(kid, own, row));
                }
            } else if (node.row >= 0 && node.kid instanceof Integer id) {
                put(rowOf, pages.get(node.page), id, node.row);
            } else if (node.row >= 0 && node.kid instanceof PDMarkedContentReference reference
                    && !reference.getCOSObject().containsKey(STM)) {
                COSDictionary page = reference.getPage() == null ? node.page : reference.getPage().getCOSObject();
                put(rowOf, pages.get(page), reference.getMCID(), node.row);
            }
        }
        return rowOf.isEmpty() ? NONE : new TaggedRows(rowOf);
    }

    private static void put(Map<Long, Integer> rowOf, Integer page, int id, int row) {
        if (page != null && id >= 0) {
            rowOf.putIfAbsent(key(page, id), row);
        }
    }

    private static boolean isRow(String type, Map<String, Object> roles) {
        String role = type;
        for (int step = 0; role != null && step < MAX_ROLE_STEPS; step++) {
            if (role.equals("TR")) {
                return true;
            }
            Object next = roles.get(role);
            role = next instanceof String name && !name.equals(role) ? name : null;
        }
        return false;
    }

    private static long key(int page, int id) {
        return ((long) page << 32) | (id & 0xFFFF_FFFFL);
    }

    /**
     * The row that holds a marked-content sequence.
     *
     * @param page the page, from 1
     * @param id the sequence's marked-content id
     * @return the row, a number of this document's own, or -1 if no row holds it
     */
    int row(int page, int id) {
        Integer row = rowOf.get(key(page, id));
        return row == null ? -1 : row;
    }

    /** A structure node still to look at, with the page and the row of the element it is in. */
    private record Node(Object kid, COSDictionary page, int row) {
    }
}
