#!/usr/bin/env python3
"""Fills the numerus forms of a plural-only English .ts file from the source text: "(s)"/"(es)" is dropped for the
singular and kept without brackets for the plural. Messages already translated are left alone."""
import html
import re
import sys


def forms(source):
    text = html.unescape(source)
    singular = re.sub(r"\((?:s|es)\)", "", text)
    plural = re.sub(r"\((s|es)\)", lambda m: m.group(1), text)
    return singular, plural


def fill(match):
    whole, source = match.group(0), match.group(1)
    singular, plural = forms(source)
    escape = lambda t: html.escape(t, quote=False)
    head = whole.split("<translation")[0]
    return (head + "<translation>\n            <numerusform>%s</numerusform>\n"
            "            <numerusform>%s</numerusform>\n        </translation>" % (escape(singular), escape(plural)))


def main(path):
    text = open(path, encoding="utf-8").read()
    pattern = r'<source>(.*?)</source>\s*(?:<comment>.*?</comment>\s*)?<translation type="unfinished">.*?</translation>'
    result, count = re.subn(pattern, fill, text, flags=re.S)
    open(path, "w", encoding="utf-8").write(result)
    print("%s: %d plural message(s) filled" % (path, count))


if __name__ == "__main__":
    main(sys.argv[1])
