#!/usr/bin/env python3
"""Fill zh_CN translations into translations/replicadesk_zh_CN.ts from a JSON map.

Usage: fill_ts.py TS_FILE MAP.json
MAP.json: {"Context": {"source text": "译文", ...}, ...}
Only entries whose context and source match are changed; their 'unfinished' mark is removed.
Prints the entries of those contexts that are still untranslated.
"""
import json
import sys
import xml.etree.ElementTree as ET


def main():
    ts_path, map_path = sys.argv[1], sys.argv[2]
    with open(map_path, encoding="utf-8") as f:
        mapping = json.load(f)
    tree = ET.parse(ts_path)
    root = tree.getroot()
    missing = []
    for context in root.findall("context"):
        name = context.findtext("name")
        if name not in mapping:
            continue
        table = mapping[name]
        for message in context.findall("message"):
            source = message.findtext("source")
            translation = message.find("translation")
            if source in table:
                forms = translation.findall("numerusform")
                if message.get("numerus") == "yes":
                    # Chinese has a single plural form: fill every numerusform.
                    if not forms:
                        forms = [ET.SubElement(translation, "numerusform")]
                    for form in forms:
                        form.text = table[source]
                else:
                    translation.text = table[source]
                translation.attrib.pop("type", None)
            elif translation.get("type") == "unfinished" or not (translation.text or "".join(f.text or "" for f in translation.findall("numerusform"))):
                missing.append((name, source))
    tree.write(ts_path, encoding="utf-8", xml_declaration=True)
    # Keep the DOCTYPE line Qt Linguist writes.
    with open(ts_path, encoding="utf-8") as f:
        text = f.read()
    if "<!DOCTYPE TS>" not in text:
        text = text.replace("?>\n", "?>\n<!DOCTYPE TS>\n", 1)
        with open(ts_path, "w", encoding="utf-8") as f:
            f.write(text)
    for name, source in missing:
        print(f"untranslated: {name}: {source!r}")


if __name__ == "__main__":
    main()
