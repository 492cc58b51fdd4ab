#!/bin/sh
# Makes the Word 97-2003 (.doc) fixtures that DocTableTest reads, and the .docx each was made from:
#
#   plan.docx, plan.doc              the plan of DocxTableTest: three paragraphs before the table (the second in
#                                    SutonnyMJ), a two-row header whose "ত্রৈমাসিক অর্জন" is merged across the
#                                    three quarter columns and whose other cells are merged down, and an area
#                                    merged down beside its three indicators
#   two-tables.docx, two-tables.doc  the same plan, then a paragraph and a second table of the same width (7)
#   encrypted.doc                    plan.docx saved as .doc with the password "secret" (RC4, Word 97's own)
#
# How: python-docx (/usr/bin/python3, Debian 12's python3-docx 0.8.11) writes each document; LibreOffice saves it
# again as .docx (a small file, the .docx committed here) and converts that .docx to .doc ("MS Word 97"):
#
#   soffice --headless --convert-to docx:'MS Word 2007 XML' ...   then   soffice --headless --convert-to doc ...
#
# soffice --convert-to cannot give a password, so encrypted.doc is stored through LibreOffice's UNO API
# (python3-uno), by a LibreOffice of its own on a pipe, with a profile in a temporary folder, ended after.
#
# LibreOffice (7.4 here) is needed only to remake the fixtures; the build reads the committed files. HWPF cannot
# write tables, hence LibreOffice. Run it from anywhere: sh make.sh
set -eu
here=$(cd "$(dirname "$0")" && pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

/usr/bin/python3 - "$work" <<'PYTHON'
import sys
import docx
from docx.oxml.ns import qn

work = sys.argv[1]


def fill(row, *texts):
    for cell, text in zip(row.cells, texts):
        cell.text = text


def plan(second_table):
    document = docx.Document()
    document.add_paragraph('জেলা সমবায় অফিসারের কার্যালয়, পটুয়াখালী')
    document.add_paragraph().add_run('‡mev cÖ`vb cÖwZkÖæwZ ev¯Íevqb Kg©cwiKíbv 2023-24').font.name = 'SutonnyMJ'
    document.add_paragraph('ত্রৈমাসিকের নাম: জানুয়ারী-মার্চ/২০২৪')
    table = document.add_table(rows=5, cols=7)
    table.style = 'Table Grid'
    fill(table.rows[0], 'কার্যক্রমের ক্ষেত্র', 'কার্যক্রম', 'কর্মসম্পাদন সূচক', 'লক্ষ্যমাত্রা', 'ত্রৈমাসিক অর্জন', '', '')
    fill(table.rows[1], '', '', '', '', '১ম', '২য়', '৩য়')
    fill(table.rows[2], '[১] প্রাতিষ্ঠানিক', '[১.১] সভা', '[১.১.১] সভা অনুষ্ঠিত', '৪', '১', '১', '১')
    fill(table.rows[3], '', '[১.২] পরিবীক্ষণ', '[১.২.১] সিদ্ধান্ত বাস্তবায়িত', '৯০%', '২৫%', '২৫%', '১০%')
    fill(table.rows[4], '', '[১.৩] প্রশিক্ষণ', '[১.৩.১] প্রশিক্ষিত', '১০', '২', '-', '')
    table.cell(0, 4).merge(table.cell(0, 6))
    for column in range(4):
        table.cell(0, column).merge(table.cell(1, column))
    table.cell(2, 0).merge(table.cell(4, 0))
    if second_table:
        document.add_paragraph('চলমান')
        more = document.add_table(rows=2, cols=7)
        more.style = 'Table Grid'
        fill(more.rows[0], '[২] স্বচ্ছতা')
        fill(more.rows[1], '', '[২.১] ওয়েবসাইট হালনাগাদ', '', '', '', '', '১')
    # Only the styles used: python-docx's template holds some three hundred KB of them.
    styles = document.styles.element
    for style in list(styles):
        if style.tag.endswith('}latentStyles') or (style.tag.endswith('}style') and style.get(qn('w:styleId'))
                                                   not in ('Normal', 'DefaultParagraphFont', 'TableNormal', 'TableGrid')):
            styles.remove(style)
    return document


plan(False).save(work + '/plan.docx')
plan(True).save(work + '/two-tables.docx')
PYTHON

for name in plan two-tables; do
    mkdir -p "$work/lo"
    soffice --headless --convert-to 'docx:MS Word 2007 XML' --outdir "$work/lo" "$work/$name.docx" >/dev/null
    cp "$work/lo/$name.docx" "$here/$name.docx"
    soffice --headless --convert-to doc --outdir "$here" "$here/$name.docx" >/dev/null
done

/usr/bin/python3 - "$here/plan.docx" "$here/encrypted.doc" "$work/profile" <<'PYTHON'
import subprocess
import sys
import time
import uno
from com.sun.star.beans import PropertyValue


def prop(name, value):
    p = PropertyValue()
    p.Name = name
    p.Value = value
    return p


source, target, profile = sys.argv[1:4]
pipe = 'uno:pipe,name=charter-doc-fixtures;urp;'
office = subprocess.Popen(['soffice', '--headless', '--invisible', '--norestore',
                           '-env:UserInstallation=' + uno.systemPathToFileUrl(profile), '--accept=' + pipe[4:]])
try:
    local = uno.getComponentContext()
    resolver = local.ServiceManager.createInstanceWithContext('com.sun.star.bridge.UnoUrlResolver', local)
    for attempt in range(120):
        try:
            context = resolver.resolve(pipe + 'StarOffice.ComponentContext')
            break
        except Exception:
            if attempt == 119:
                raise
            time.sleep(0.5)
    desktop = context.ServiceManager.createInstanceWithContext('com.sun.star.frame.Desktop', context)
    document = desktop.loadComponentFromURL(uno.systemPathToFileUrl(source), '_blank', 0, (prop('Hidden', True),))
    document.storeToURL(uno.systemPathToFileUrl(target), (prop('FilterName', 'MS Word 97'), prop('Password', 'secret')))
    document.close(True)
    try:
        desktop.terminate()
    except Exception:
        pass  # the bridge goes down with the office
    office.wait(timeout=60)
finally:
    if office.poll() is None:
        office.kill()
PYTHON
ls -l "$here"/*.doc "$here"/*.docx
