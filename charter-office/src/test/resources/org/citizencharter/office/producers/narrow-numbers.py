#!/usr/bin/python3
"""A Citizen's Charter table with narrow number and date columns, so that LibreOffice (from the Word file) and
Chromium (from the web page) break numbers, dates and words inside cells.

    narrow-numbers.py docx SIZE WIDTH OUT    a Word file (python-docx), SIZE points, WIDTH cm number columns
    narrow-numbers.py html SIZE WIDTH OUT    a web page"""
import sys

kind, size, narrow, out = sys.argv[1], float(sys.argv[2]), float(sys.argv[3]), sys.argv[4]
title = "জেলা সমবায় কার্যালয়, কক্সবাজার — সেবা প্রদান প্রতিশ্রুতি, ২০২২-২৩ অর্থবছর, ৩য় ত্রৈমাসিক"
rows = [
    ["কার্যক্রমের ক্ষেত্র", "মান", "কার্যক্রম", "কর্মসম্পাদন সূচক", "একক", "কর্মসম্পাদন সূচকের মান", "লক্ষ্যমাত্রা",
     "১ম ত্রৈমাসিক", "২য় ত্রৈমাসিক", "৩য় ত্রৈমাসিক", "৪র্থ ত্রৈমাসিক", "প্রকৃত অর্জন"],
    ["[১] প্রাতিষ্ঠানিক", "১৬", "[১.১] সভা", "[১.১.১] সভা আয়োজিত", "সংখ্যা (হাজার)", "৪", "১২৩৪৫৬.২৫",
     "৩০০০০.২৫", "৪১০০০.৫০", "২২২২২.২৫", "-", "৯৩২২২.০০"],
    ["", "", "", "[১.১.২] হার", "%", "৪", "৯৯.৫০%", "৮৮.২৫%", "৯৯.৯৯%", "৭৭.৭৭%", "-", ""],
    ["", "", "[১.২] প্রতিবেদন", "[১.২.১] প্রতিবেদন প্রেরিত", "তারিখ", "৪", "৩১-১২-২০২২", "", "২৮-১২-২০২২", "", "-", ""],
    ["", "", "", "[১.২.২] কমিটি", "সংখ্যা", "৪", "১০০০", "২৫০", "২৫০", "২৫০", "-", "৭৫০"],
]
# The area and its weight are merged down beside the four indicators.
widths = [2.4, 1.2, 2.4, 3.0, narrow * 1.4, 1.4] + [narrow] * 6


def word():
    import docx
    from docx.shared import Pt, Cm
    from docx.enum.section import WD_ORIENT
    from docx.oxml.ns import qn
    from docx.oxml import OxmlElement
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
    d.add_paragraph(title)
    tb = d.add_table(rows=len(rows), cols=len(rows[0]))
    tb.style = "Table Grid"
    tb.autofit = False
    for i, row in enumerate(rows):
        for c, x in enumerate(row):
            cell = tb.cell(i, c)
            cell.width = Cm(widths[c])
            if x:
                cell.text = x
    for c, col in enumerate(tb._tbl.tblGrid.findall(qn("w:gridCol"))):
        col.set(qn("w:w"), str(int(widths[c] * 567)))
    for c in range(2):
        a = tb.cell(1, c); b = tb.cell(4, c)
        keep = a.text
        m = a.merge(b)
        for p in m.paragraphs[1:]:
            p._p.getparent().remove(p._p)
        m.paragraphs[0].text = keep
    d.save(out)


def page():
    h = ['<!doctype html><html><head><meta charset="utf-8"><style>@page{size:A4 landscape;margin:1cm}body{'
         'font-family:"Noto Sans Bengali";font-size:%gpt}table{border-collapse:collapse;table-layout:fixed}td{'
         'border:1px solid black;vertical-align:top;word-wrap:break-word;overflow-wrap:anywhere}</style></head><body>'
         % size, '<p>%s</p><table>' % title,
         '<colgroup>' + ''.join('<col style="width:%gcm">' % w for w in widths) + '</colgroup>']
    for i, r in enumerate(rows):
        h.append('<tr>')
        for c, x in enumerate(r):
            if c < 2 and i >= 1:
                if i == 1:
                    h.append('<td rowspan="4">%s</td>' % x)
                continue
            h.append('<td>%s</td>' % x)
        h.append('</tr>')
    h.append('</table></body></html>')
    open(out, 'w').write(''.join(h))


word() if kind == "docx" else page()
