#!/usr/bin/python3
"""A small Citizen's Charter table in Word, made so that LibreOffice's PDF of it shows three things: a word broken
inside a narrow cell before its vowel sign, numbers mixing Bengali and ASCII digits, and Latin letters that the
Bengali font lacks (drawn by LibreOffice after the line's other glyphs)."""
import sys, docx
from docx.shared import Pt, Cm
from docx.enum.section import WD_ORIENT
from docx.oxml.ns import qn
from docx.oxml import OxmlElement

width = float(sys.argv[1]) if len(sys.argv) > 1 else 1.3
d = docx.Document()
sec = d.sections[0]
sec.orientation = WD_ORIENT.LANDSCAPE
sec.page_width, sec.page_height = Cm(29.7), Cm(21.0)
sec.left_margin = sec.right_margin = Cm(1.5)
st = d.styles["Normal"]
st.font.size = Pt(9)
st.font.name = "Noto Sans Bengali"
rpr = st.element.get_or_add_rPr()
rpr.rFonts.set(qn("w:cs"), "Noto Sans Bengali")
szcs = OxmlElement("w:szCs"); szcs.set(qn("w:val"), "18"); rpr.append(szcs)
d.add_paragraph("জেলা সমবায় কার্যালয়, কক্সবাজার")
rows = [
    ["Area", "Area weight", "Activity", "Indicator", "Unit", "Method", "Indicator weight", "Annual target",
     "Q1 (Jul-Sep)", "Q2 (Oct-Dec)", "Q3 (Jan-Mar)", "Q4 (Apr-Jun)", "Actual"],
    ["[১] প্রাতিষ্ঠানিক ব্যবস্থা", "১0", "[১.১] সেবা প্রদান প্রতিশ্রুতি", "[১.১.১] কর্মসম্পাদন পরিকল্পনা", "সংখ্যা",
     "ক্রমপুঞ্জিভূত", "৪", "১০", "২", "৫", "1০", "-", ""],
    ["", "", "", "[১.১.২] ত্রৈমাসিক সভা", "সংখ্যা", "সমষ্টি", "৩", "৪", "১", "1", "১", "-", "3"],
    ["", "", "[১.২] অভিযোগ প্রতিকার", "[১.২.১] নিষ্পত্তির হার", "%", "গড়", "৩", "৯0", "৮৫", "9০", "৮৮", "-", ""],
]
tb = d.add_table(rows=len(rows), cols=len(rows[0]))
tb.style = "Table Grid"
tb.autofit = False
widths = [2.6, 1.4, 2.6, width, 1.6, 2.2, 1.6, 1.6, 2.0, 2.0, 2.0, 2.0, 1.6]
for i, row in enumerate(rows):
    for c, x in enumerate(row):
        cell = tb.cell(i, c)
        cell.width = Cm(widths[c])
        if x:
            cell.text = x
grid = tb._tbl.tblGrid
for c, col in enumerate(grid.findall(qn("w:gridCol"))):
    col.set(qn("w:w"), str(int(widths[c] * 567)))
for c in range(3):
    a = tb.cell(1, c); b = tb.cell(3 if c < 2 else 2, c)
    keep = a.text
    m = a.merge(b)
    for p in m.paragraphs[1:]:
        p._p.getparent().remove(p._p)
    m.paragraphs[0].text = keep
d.save("mixed-fonts-libreoffice.docx")
