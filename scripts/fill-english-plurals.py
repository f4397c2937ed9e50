#!/usr/bin/env python3
"""Fills the numerus forms of a plural-only English .ts file from the source text: "(s)"/"(es)" is dropped for the
singular and kept without brackets for the plural. Messages already translated are left alone.

Each <message> is handled on its own: a pattern spanning from one message's <source> to a later message's unfinished
<translation> would swallow the messages in between."""
import html
import re
import sys


def forms(source):
    text = html.unescape(source)
    singular = re.sub(r"\((?:s|es)\)", "", text)
    plural = re.sub(r"\((s|es)\)", lambda m: m.group(1), text)
    return singular, plural


def fill_message(match):
    message = match.group(0)
    if '<translation type="unfinished"' not in message:
        return message
    source = re.search(r"<source>(.*?)</source>", message, flags=re.S)
    if not source:
        return message
    singular, plural = forms(source.group(1))
    escape = lambda t: html.escape(t, quote=False)
    translation = ("<translation>\n            <numerusform>%s</numerusform>\n"
                   "            <numerusform>%s</numerusform>\n        </translation>" % (escape(singular),
                                                                                       escape(plural)))
    fill_message.count += 1
    return re.sub(r'<translation type="unfinished".*?</translation>', lambda _: translation, message, flags=re.S)


fill_message.count = 0


def main(path):
    text = open(path, encoding="utf-8").read()
    result = re.sub(r"<message\b[^>]*>.*?</message>", fill_message, text, flags=re.S)
    open(path, "w", encoding="utf-8").write(result)
    print("%s: %d plural message(s) filled" % (path, fill_message.count))


if __name__ == "__main__":
    main(sys.argv[1])
