import sys
size, narrow, out = float(sys.argv[1]), float(sys.argv[2]), sys.argv[3]
rows = [
    ["কার্যক্রমের ক্ষেত্র", "মান", "কার্যক্রম", "কর্মসম্পাদন সূচক", "একক", "কর্মসম্পাদন সূচকের মান", "লক্ষ্যমাত্রা",
     "১ম ত্রৈমাসিক", "২য় ত্রৈমাসিক", "৩য় ত্রৈমাসিক", "৪র্থ ত্রৈমাসিক", "প্রকৃত অর্জন"],
    ["[১] প্রাতিষ্ঠানিক", "১৬", "[১.১] সভা", "[১.১.১] সভা আয়োজিত", "সংখ্যা (হাজার)", "৪", "১২৩৪৫৬.২৫",
     "৩০০০০.২৫", "৪১০০০.৫০", "২২২২২.২৫", "-", "৯৩২২২.০০"],
    ["", "", "", "[১.১.২] হার", "%", "৪", "৯৯.৫০%", "৮৮.২৫%", "৯৯.৯৯%", "৭৭.৭৭%", "-", ""],
    ["", "", "[১.২] প্রতিবেদন", "[১.২.১] প্রতিবেদন প্রেরিত", "তারিখ", "৪", "৩১-১২-২০২২", "", "২৮-১২-২০২২", "", "-", ""],
    ["", "", "", "[১.২.২] কমিটি", "সংখ্যা", "৪", "১০০০", "২৫০", "২৫০", "২৫০", "-", "৭৫০"],
]
widths = [2.4, 1.2, 2.4, 3.0, narrow * 1.4, 1.4] + [narrow] * 6
h = ['<!doctype html><html><head><meta charset="utf-8"><style>@page{size:A4 landscape;margin:1cm}body{font-family:"Noto Sans Bengali";font-size:%gpt}table{border-collapse:collapse;table-layout:fixed}td{border:1px solid black;vertical-align:top;word-wrap:break-word;overflow-wrap:anywhere}</style></head><body>' % size]
h.append('<p>জেলা সমবায় কার্যালয়, কক্সবাজার — সেবা প্রদান প্রতিশ্রুতি, ২০২২-২৩ অর্থবছর, ৩য় ত্রৈমাসিক</p><table>')
h.append('<colgroup>' + ''.join('<col style="width:%gcm">' % w for w in widths) + '</colgroup>')
for i, r in enumerate(rows):
    h.append('<tr>')
    for c, x in enumerate(r):
        if c < 2 and i >= 1:
            if i == 1: h.append('<td rowspan="4">%s</td>' % x)
            continue
        h.append('<td>%s</td>' % x)
    h.append('</tr>')
h.append('</table></body></html>')
open(out, 'w').write(''.join(h))
