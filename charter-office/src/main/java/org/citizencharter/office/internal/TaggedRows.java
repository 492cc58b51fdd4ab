package org.citizencharter.office.internal;

import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.Map;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSInteger;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureTreeRoot;

/**
 * The table rows of a tagged PDF's structure: the table row's structure element ({@code TR}, or a type the
 * role map makes one) that holds a page's marked-content sequence. Word, Chromium and LibreOffice (when asked
 * for a tagged PDF) tag a table's rows this way, and a row broken across a page break is one {@code TR}
 * holding content on both pages; nothing in the drawing says so, as each part has its lines all round.
 *
 * <p>A sequence is looked up as a reader of the tagged PDF does, through the structure tree's parent tree
 * (the page's {@code /StructParents} entry, an array of the element that owns each marked-content id), and
 * from that element up its parents to a row; only the sequences asked for are looked up, not the whole
 * tree. The parent tree's levels and an element's parents are followed at most {@link #MAX_DEPTH} deep, so a
 * tree that loops ends the lookup (no row) rather than the reading. An untagged PDF, one without a parent
 * tree, or a sequence no row holds gives no row. Not thread-safe; one per document.
 */
final class TaggedRows {

    /** The most levels of the parent tree, and the most parents of an element, followed. */
    static final int MAX_DEPTH = 32;

    private final PDDocument pdf;
    private final COSDictionary parentTree;
    private final Map<String, Object> roles;
    /** For each page looked up, the owners of its marked-content ids, or null where it has none. */
    private final Map<Integer, COSArray> owners = new HashMap<>();
    /** A number for each row element met, in the order met. */
    private final Map<COSDictionary, Integer> rows = new IdentityHashMap<>();

    private TaggedRows(PDDocument pdf, COSDictionary parentTree, Map<String, Object> roles) {
        this.pdf = pdf;
        this.parentTree = parentTree;
        this.roles = roles;
    }

    /**
     * The rows of a document's structure.
     *
     * @param pdf the document
     * @return its rows, or null if it is not tagged or its structure has no parent tree
     */
    static TaggedRows of(PDDocument pdf) {
        PDStructureTreeRoot root = pdf.getDocumentCatalog().getStructureTreeRoot();
        COSDictionary parentTree = root == null ? null : root.getCOSObject().getCOSDictionary(COSName.PARENT_TREE);
        return parentTree == null ? null : new TaggedRows(pdf, parentTree, root.getRoleMap());
    }

    /**
     * The row that holds a marked-content sequence.
     *
     * @param page the page, from 1
     * @param id the sequence's marked-content id
     * @return the row, a number of this document's own, or -1 if no row holds it
     */
    int row(int page, int id) {
        if (!owners.containsKey(page)) {
            owners.put(page, ownersOn(pdf.getPage(page - 1).getStructParents()));
        }
        COSArray onPage = owners.get(page);
        if (onPage == null || id < 0 || id >= onPage.size()) {
            return -1;
        }
        COSDictionary element = onPage.getObject(id) instanceof COSDictionary owner ? owner : null;
        for (int depth = 0; element != null && depth < MAX_DEPTH; depth++) {
            if (isRow(element.getNameAsString(COSName.S))) {
                return rows.computeIfAbsent(element, row -> rows.size());
            }
            element = element.getCOSDictionary(COSName.P);
        }
        return -1;
    }

    /** The parent tree's array for a page's key: the element that owns each of its marked-content ids. */
    private COSArray ownersOn(int key) {
        COSDictionary node = key < 0 ? null : parentTree;
        for (int depth = 0; node != null && depth < MAX_DEPTH; depth++) {
            COSArray numbers = node.getCOSArray(COSName.NUMS);
            if (numbers != null) {
                for (int i = 0; i + 1 < numbers.size(); i += 2) {
                    if (numbers.getObject(i) instanceof COSInteger number && number.longValue() == key) {
                        return numbers.getObject(i + 1) instanceof COSArray array ? array : null;
                    }
                }
                return null;
            }
            node = kidFor(node.getCOSArray(COSName.KIDS), key);
        }
        return null;
    }

    /** The kid of a parent tree's node whose limits hold a key, or null. */
    private static COSDictionary kidFor(COSArray kids, int key) {
        for (int i = 0; kids != null && i < kids.size(); i++) {
            COSBase kid = kids.getObject(i);
            if (kid instanceof COSDictionary node) {
                COSArray limits = node.getCOSArray(COSName.LIMITS);
                if (limits != null && limits.size() == 2 && limits.getInt(0) <= key && key <= limits.getInt(1)) {
                    return node;
                }
            }
        }
        return null;
    }

    private boolean isRow(String type) {
        String role = type;
        for (int step = 0; role != null && step < MAX_DEPTH; step++) {
            if (role.equals("TR")) {
                return true;
            }
            Object next = roles.get(role);
            role = next instanceof String name && !name.equals(role) ? name : null;
        }
        return false;
    }
}
