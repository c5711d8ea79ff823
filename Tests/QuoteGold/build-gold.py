#!/usr/bin/env python3
"""Turns the marked-up gold articles into a gold JSONL file, checking every span on the way.

Usage: build-gold.py SOURCE_DIR OUTPUT.jsonl [--review]

SOURCE_DIR holds one folder per language (uk, es, it, ...) with one UTF-8 text file per
article (NN.txt); the article's id is LANGUAGE/NN. The text is the article as the analyser
sees it, with three kinds of inline markup that the converter removes:

  [[q1 “…”]]            the content of attribution q1, quote marks included for direct quotes;
                        the label's letter gives the kind: q = direct, i = indirect, m = mixed
  {{q1,q2 she|Ana Ruiz}} the source mention of q1 and q2; after | the full name it refers to
                        (optional); an empty mention ({{q3 |Ana Ruiz}}) is a dropped subject
  <<q1 said>>           the cue of q1

Offsets are Unicode scalar indices (Python str indices), end exclusive. The converter fails
when a label has no content span, a span is marked twice, an indirect attribution has no
source or no cue, a direct quote does not begin and
end with a quote mark (or a dialogue dash), a span has white space at an edge, a direct quote
has no speaker at all, or an article is outside 150-400 words. --review prints the quote
marks left unannotated (scare quotes, titles) so a person can confirm each is not speech.
"""

import json
import pathlib
import re
import sys

OPENERS = {"[[": "content", "{{": "speaker", "<<": "cue"}
CLOSERS = {"]]": "content", "}}": "speaker", ">>": "cue"}
LABELS = re.compile(r"[qim]\d+(?:,[qim]\d+)* ")
KINDS = {"q": "direct", "i": "indirect", "m": "mixed"}
OPENING_MARKS = "“‘\"'«„‚»「『‹—"
CLOSING_MARKS = "”’\"'»“‘«」』›"
BYLINE = re.compile(
    r"^(By|Por|De|Par|Von|Door|di|Di|Автор:|Autor:|文・|（)\s*\S|（[^）]+記者）$|^（[^）]+）$", re.M)


class GoldError(Exception):
    pass


def parse(source, where):
    """The plain text and its marked spans: {label: {role: (start, end[, resolved])}}."""
    text = []
    spans = {}
    stack = []  # (role, labels, start, resolved-or-None)
    i = 0
    while i < len(source):
        pair = source[i:i + 2]
        if pair in OPENERS:
            match = LABELS.match(source, i + 2)
            if not match:
                raise GoldError(f"{where}: '{pair}' without a label at character {i}")
            stack.append([OPENERS[pair], match.group(0).strip().split(","), len(text), None])
            i = match.end()
            continue
        if pair in CLOSERS:
            if not stack or stack[-1][0] != CLOSERS[pair]:
                raise GoldError(f"{where}: unexpected '{pair}' at character {i}")
            role, labels, start, resolved = stack.pop()
            for label in labels:
                entry = spans.setdefault(label, {})
                if role in entry:
                    raise GoldError(f"{where}: {label} has two {role} spans")
                entry[role] = (start, len(text), resolved)
            i += 2
            continue
        if source[i] == "|" and stack and stack[-1][0] == "speaker":
            end = source.index("}}", i)
            stack[-1][3] = source[i + 1:end].strip()
            source = source[:i] + source[end:]
            continue
        text.append(source[i])
        i += 1
    if stack:
        raise GoldError(f"{where}: {stack[-1][0]} span {stack[-1][1]} is never closed")
    return "".join(text), spans


def article_lines(path, article_id):
    source = path.read_text(encoding="utf-8").rstrip("\n")
    text, spans = parse(source, str(path))
    quotes = []
    for label, roles in sorted(spans.items(), key=lambda item: item[1].get("content", (0,))[0]):
        if "content" not in roles:
            raise GoldError(f"{path}: {label} has a speaker or cue but no content span")
        start, end, _ = roles["content"]
        kind = KINDS[label[0]]
        speaker = roles.get("speaker")
        cue = roles.get("cue")
        quote_text = text[start:end]
        for role, span in (("content", (start, end)), ("speaker", speaker), ("cue", cue)):
            if span and span[0] < span[1]:
                piece = text[span[0]:span[1]]
                if piece != piece.strip():
                    raise GoldError(f"{path}: {label} {role} '{piece}' has white space at an edge")
        if kind == "direct":
            if quote_text[0] not in OPENING_MARKS or (quote_text[-1] not in CLOSING_MARKS and quote_text[0] != "—"):
                raise GoldError(f"{path}: {label} '{quote_text[:30]}…' does not run from mark to mark")
            if not speaker:
                raise GoldError(f"{path}: {label} has no speaker (mark a dropped subject as {{{{{label} |Name}}}})")
        if kind == "indirect" and not (speaker and cue):
            raise GoldError(f"{path}: {label} is indirect but has no source or no cue")
        has_speaker = speaker is not None and speaker[0] < speaker[1]
        quote = {"start": start, "end": end, "quote_text": quote_text, "kind": kind}
        # A dropped subject has no mention: its span keys are left out, as the scorer expects.
        if has_speaker:
            quote.update(
                speaker_text=text[speaker[0]:speaker[1]], speaker_start=speaker[0], speaker_end=speaker[1])
        if cue:
            quote.update(cue_text=text[cue[0]:cue[1]], cue_start=cue[0], cue_end=cue[1])
        quote["speaker_resolved"] = speaker[2] if speaker else None
        quotes.append(quote)
    check_length(path, article_id, text)
    if not BYLINE.search(text):
        raise GoldError(f"{path}: no byline line")
    return {"id": article_id, "text": text, "quotes": quotes}


def check_length(path, article_id, text):
    if article_id.startswith("ja/"):
        size = sum(1 for c in text if not c.isspace()) / 2.5  # about 2.5 characters a word
    else:
        size = len(text.split())
    if not 150 <= size <= 400:
        raise GoldError(f"{path}: {size:.0f} words, not 150-400")


def verify(article):
    """Every span's text equals the text at its offsets."""
    text = article["text"]
    for quote in article["quotes"]:
        assert text[quote["start"]:quote["end"]] == quote["quote_text"], quote
        if "speaker_start" in quote:
            assert text[quote["speaker_start"]:quote["speaker_end"]] == quote["speaker_text"], quote
        if "cue_start" in quote:
            assert text[quote["cue_start"]:quote["cue_end"]] == quote["cue_text"], quote


def unannotated_marks(article):
    """Quote marks outside every direct quote, with their context, for review."""
    covered = set()
    for quote in article["quotes"]:
        if quote["kind"] == "direct":
            covered.update(range(quote["start"], quote["end"]))
    text = article["text"]
    for index, char in enumerate(text):
        if char in "“”\"‘«»„「」『』‚" and index not in covered:
            yield f"{article['id']} @{index}: …{text[max(0, index - 30):index + 30]}…".replace("\n", " ")


def main():
    if len(sys.argv) < 3:
        sys.exit(__doc__)
    root = pathlib.Path(sys.argv[1])
    articles = []
    try:
        for path in sorted(root.glob("*/*.txt")):
            article = article_lines(path, f"{path.parent.name}/{path.stem}")
            verify(article)
            articles.append(article)
    except GoldError as error:
        sys.exit(str(error))
    with open(sys.argv[2], "w", encoding="utf-8") as out:
        for article in articles:
            out.write(json.dumps(article, ensure_ascii=False) + "\n")
    counts = {}
    for article in articles:
        language = article["id"].split("/")[0]
        direct = sum(q["kind"] == "direct" for q in article["quotes"])
        indirect = sum(q["kind"] == "indirect" for q in article["quotes"])
        total = counts.setdefault(language, [0, 0, 0])
        total[0] += 1
        total[1] += direct
        total[2] += indirect
    for language, (docs, direct, indirect) in sorted(counts.items()):
        print(f"{language}: {docs} articles, {direct} direct quotes, {indirect} indirect attributions")
    if "--review" in sys.argv:
        for article in articles:
            for line in unannotated_marks(article):
                print("unannotated:", line)


if __name__ == "__main__":
    main()
