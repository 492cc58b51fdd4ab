#!/usr/bin/python3
"""A Citizen's Charter table in Word with narrow number and date columns, so that LibreOffice breaks numbers,
dates and words inside cells."""
import sys, docx
from docx.shared import Pt, Cm
from docx.enum.section import WD_ORIENT
from docx.oxml.ns import qn
from docx.oxml import OxmlElement

size = float(sys.argv[1]) if len(sys.argv) > 1 else 11
narrow = float(sys.argv[2]) if len(sys.argv) > 2 else 1.0
out = sys.argv[3] if len(sys.argv) > 3 else "narrow-numbers-libreoffice.docx"
d = docx.Document()
sec = d.sections[0]
sec.orientation = WD_ORIENT.LANDSCAPE
sec.page_width, sec.page_height = Cm(29.7), Cm(21.0)
sec.left_margin = sec.right_margin = Cm(1.0)
st = d.styles["Normal"]
st.font.size = Pt(size)
st.font.name = "Noto Sans Bengali"
rpr = st.element.get_or_add_rPr()
rpr.rFonts.set(qn("w:cs"), "Noto Sans Bengali")
szcs = OxmlElement("w:szCs"); szcs.set(qn("w:val"), str(int(size * 2))); rpr.append(szcs)
d.add_paragraph("জেলা সমবায় কার্যালয়, কক্সবাজার — সেবা প্রদান প্রতিশ্রুতি, ২০২২-২৩ অর্থবছর, ৩য় ত্রৈমাসিক")
rows = [
    ["কার্যক্রমের ক্ষেত্র", "মান", "কার্যক্রম", "কর্মসম্পাদন সূচক", "একক", "কর্মসম্পাদন সূচকের মান", "লক্ষ্যমাত্রা",
     "১ম ত্রৈমাসিক", "২য় ত্রৈমাসিক", "৩য় ত্রৈমাসিক", "৪র্থ ত্রৈমাসিক", "প্রকৃত অর্জন"],
    ["[১] প্রাতিষ্ঠানিক", "১৬", "[১.১] সভা", "[১.১.১] সভা আয়োজিত", "সংখ্যা (হাজার)", "৪", "১২৩৪৫৬.২৫",
     "৩০০০০.২৫", "৪১০০০.৫০", "২২২২২.২৫", "-", "৯৩২২২.০০"],
    ["", "", "", "[১.১.২] হার", "%", "৪", "৯৯.৫০%", "৮৮.২৫%", "৯৯.৯৯%", "৭৭.৭৭%", "-", ""],
    ["", "", "[১.২] প্রতিবেদন", "[১.২.১] প্রতিবেদন প্রেরিত", "তারিখ", "৪", "৩১-১২-২০২২", "", "২৮-১২-২০২২", "", "-", ""],
    ["", "", "", "[১.২.২] কমিটি", "সংখ্যা", "৪", "১০০০", "২৫০", "২৫০", "২৫০", "-", "৭৫০"],
]
tb = d.add_table(rows=len(rows), cols=len(rows[0]))
tb.style = "Table Grid"
tb.autofit = False
widths = [2.4, 1.2, 2.4, 3.0, narrow * 1.4, 1.4, narrow, narrow, narrow, narrow, narrow, narrow]
for i, row in enumerate(rows):
    for c, x in enumerate(row):
        cell = tb.cell(i, c)
        cell.width = Cm(widths[c])
        if x:
            cell.text = x
grid = tb._tbl.tblGrid
for c, col in enumerate(grid.findall(qn("w:gridCol"))):
    col.set(qn("w:w"), str(int(widths[c] * 567)))
for c in range(2):
    a = tb.cell(1, c); b = tb.cell(4, c)
    keep = a.text
    m = a.merge(b)
    for p in m.paragraphs[1:]:
        p._p.getparent().remove(p._p)
    m.paragraphs[0].text = keep
d.save(out)
