"""A Citizen's Charter table whose last activity, merged down beside its two indicators, has a name long
enough that a page break after its first indicator cuts the merged cell's text in two.

Usage: merged-cell.py FILLER INDICATORS OUT.docx   (FILLER: how many one-indicator activities come before it;
INDICATORS: how many indicators the last activity has, 2 to 4)
"""
import sys
import docx
from docx.shared import Pt, Cm
from docx.oxml.ns import qn

DIGITS = str.maketrans('0123456789', '০১২৩৪৫৬৭৮৯')
HEADER = ['কার্যক্রমের ক্ষেত্র', 'মান', 'কার্যক্রম', 'কর্মসম্পাদন সূচক', 'একক', 'কর্মসম্পাদন সূচকের মান',
          'লক্ষ্যমাত্রা', '১ম ত্রৈমাসিক অর্জন', '২য় ত্রৈমাসিক অর্জন', '৩য় ত্রৈমাসিক অর্জন', '৪র্থ ত্রৈমাসিক অর্জন']
WIDTHS = [2.2, 1.0, 3.6, 3.2, 1.4, 1.4, 1.3, 1.3, 1.3, 1.3, 1.3]


def bn(text):
    return str(text).translate(DIGITS)


def main(filler, indicators, out):
    document = docx.Document()
    normal = document.styles['Normal']
    normal.font.name = 'Noto Sans Bengali'
    normal.font.size = Pt(10)
    normal.element.rPr.rFonts.set(qn('w:cs'), 'Noto Sans Bengali')
    normal.element.rPr.rFonts.set(qn('w:eastAsia'), 'Noto Sans Bengali')
    document.add_paragraph('জেলা প্রশাসকের কার্যালয়, মানিকগঞ্জ: সেবা প্রদান প্রতিশ্রুতি, ২০২৩-২৪ অর্থবছর, ২য় ত্রৈমাসিক')
    rows = [HEADER]
    for k in range(1, filler + 1):
        rows.append(['', '', '[১.%s] ত্রৈমাসিক সভা আয়োজন' % bn(k), '[১.%s.১] সভা আয়োজিত' % bn(k), 'সংখ্যা', '১', '৪',
                     '১', '১', '-', '-'])
    last = filler + 1
    rows.append(['', '', '[১.%s] সেবা প্রদান প্রতিশ্রুতি বিষয়ে আওতাধীন দপ্তর ও সংস্থাসমূহের সমন্বয়ে অংশীজনের অংশগ্রহণে'
                 ' পরিবীক্ষণ কমিটির সভা আয়োজন এবং সভার সিদ্ধান্ত বাস্তবায়ন' % bn(last),
                 '[১.%s.১] সভা আয়োজিত' % bn(last), 'সংখ্যা', '২', '৪', '১', '১', '-', '-'])
    more = [('সিদ্ধান্ত বাস্তবায়িত', '%', '২', '৮০', '৭৫%', '৮০%'), ('প্রতিবেদন প্রেরিত', 'সংখ্যা', '১', '৪', '১', '১'),
            ('কর্মশালা আয়োজিত', 'সংখ্যা', '১', '২', '-', '১')]
    for n, (name, unit, weight, target, q1, q2) in enumerate(more[:indicators - 1]):
        rows.append(['', '', '', '[১.%s.%s] %s' % (bn(last), bn(n + 2), name), unit, weight, target, q1, q2, '-', '-'])
    rows[1][0] = 'প্রাতিষ্ঠানিক ব্যবস্থা'
    ascii_digits = str.maketrans('০১২৩৪৫৬৭৮৯', '0123456789')
    rows[1][1] = bn(sum(int(row[5].translate(ascii_digits)) for row in rows[1:]))
    table = document.add_table(rows=len(rows), cols=len(HEADER))
    table.style = 'Table Grid'
    table.autofit = False
    for c, width in enumerate(WIDTHS):
        table.columns[c].width = Cm(width)
    for r, row in enumerate(rows):
        for c, text in enumerate(row):
            cell = table.cell(r, c)
            cell.width = Cm(WIDTHS[c])
            if text:
                cell.text = text
    # The area and its weight down the whole body, the last activity down its two indicators.
    for c in (0, 1):
        text = table.cell(1, c).text
        table.cell(1, c).merge(table.cell(len(rows) - 1, c)).text = text
    text = table.cell(len(rows) - indicators, 2).text
    table.cell(len(rows) - indicators, 2).merge(table.cell(len(rows) - 1, 2)).text = text
    for section in document.sections:
        section.page_width, section.page_height = Cm(29.7), Cm(21)
        section.left_margin = section.right_margin = Cm(1.5)
        section.top_margin = section.bottom_margin = Cm(1.5)
    document.save(out)


if __name__ == '__main__':
    main(int(sys.argv[1]), int(sys.argv[2]), sys.argv[3])
