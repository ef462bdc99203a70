"""Generate a large, deterministic dossier for the benchmarks (issue 9).

    .venv/bin/python bench/make_dossier.py                 # the full consultation-scale dossier
    .venv/bin/python bench/make_dossier.py --small         # ~20 sources, for a quick run
    .venv/bin/python bench/make_dossier.py --sources 200 --quotes 5000 --seed 7
    .venv/bin/python bench/make_dossier.py --fast --sources 10000 --pages 100000 \
        --quotes 250000 --arguments 25000     # no documents: synthetic texts, minutes

Everything follows from ``random.Random(seed)`` and the size parameters: the advice documents
(multi-page PDFs made with fpdf2, DOCX made with python-docx, plain text; Dutch-looking text that
sometimes names an option, "scenario 3"), then a dossier built through the core API: the files
imported, quotes made on spans of their text, arguments over 3 questions x 4 options linking
those quotes, a stance for every advisor on every option.

The result is cached outside the repository (``~/.cache/consultation-workbench-bench/`` or
``$CWB_BENCH_DIR`` or ``--out``), in a folder named after the parameters::

    <out>/<key>/params.json   docs/*.pdf|docx|txt   docs.json   dossier.cwb

and is not regenerated when that folder already matches (``--force`` rebuilds). The documents are
kept: the import benchmark reads them again.
"""

from __future__ import annotations

import argparse
import hashlib
import itertools
import json
import os
import random
import sys
import textwrap
import time
from concurrent.futures import ProcessPoolExecutor
from dataclasses import asdict, dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

GENERATOR_VERSION = 2       # bump when the generated content changes

# --------------------------------------------------------------------------- parameters


@dataclass(frozen=True)
class Params:
    seed: int = 2024
    sources: int = 2000
    advisors: int = 40
    pages: int = 20000          # total over the PDFs (DOCX/text carry no page numbers)
    quotes: int = 50000
    arguments: int = 5000
    pdf_share: float = 0.5      # of the sources; the rest is 60 % DOCX, 40 % text
    fast: bool = False          # synthetic texts stored directly, no documents made (#15)

    def key(self) -> str:
        fields = asdict(self)
        if not self.fast:
            del fields["fast"]      # the keys of the documents' caches made before it existed
        blob = json.dumps({**fields, "v": GENERATOR_VERSION}, sort_keys=True)
        return (f"s{self.sources}-q{self.quotes}-seed{self.seed}-{'fast-' if self.fast else ''}"
                f"{hashlib.sha256(blob.encode()).hexdigest()[:10]}")

    @classmethod
    def scaled(cls, sources: int, *, fast: bool = True, seed: int = 2024) -> Params:
        """The full preset's proportions (per source: 10 PDF pages over the PDFs, 25 quotes,
        2.5 arguments; 40 advisors) at another number of sources: the scaling table."""
        return cls(seed=seed, sources=sources, advisors=min(40, max(2, sources // 5)),
                   pages=sources * 10, quotes=sources * 25, arguments=max(12, sources * 5 // 2),
                   fast=fast)


PRESETS = {
    "full": Params(),
    "small": Params(sources=20, advisors=8, pages=200, quotes=500, arguments=60),
    "tiny": Params(sources=5, advisors=3, pages=12, quotes=50, arguments=12),
}

QUESTIONS = (
    ("Q1", "De vier voorgestelde scenario's voor de speerpuntclusters."),
    ("Q2", "Strategisch belangrijke thema's die ontbreken."),
    ("Q3", "De governance en financiering van het clusterbeleid."),
)
# (question, key, title, patterns) -- 12 options, 4 per question
OPTIONS = (
    ("Q1", "S1", "Scenario 1: commerciële organisaties", ("scenario 1", "eerste scenario")),
    ("Q1", "S2", "Scenario 2: inkanteling", ("scenario 2", "inkanteling")),
    ("Q1", "S3", "Scenario 3: kruispunten van meerwaarde", ("scenario 3", "derde scenario")),
    ("Q1", "S4", "Scenario 4: systemische transformaties", ("scenario 4", "vierde scenario")),
    ("Q2", "IBN", "Nieuwe oproep Innovatieve Bedrijfsnetwerken", ("innovatieve bedrijfsnetwerken",)),
    ("Q2", "DIG", "Digitale transitie als nieuw domein", ("digitale transitie",)),
    ("Q2", "ZORG", "Zorg en welzijn als nieuw domein", ("zorgeconomie",)),
    ("Q2", "KLIM", "Klimaat en energie als nieuw domein", ("klimaatneutraal",)),
    ("Q3", "G1", "Eén centrale clusterorganisatie", ("centrale clusterorganisatie",)),
    ("Q3", "G2", "Meerjarige basisfinanciering", ("basisfinanciering",)),
    ("Q3", "G3", "Prestatiegerichte financiering", ("prestatiegerichte financiering",)),
    ("Q3", "G4", "Regionale clusterwerking", ("regionale werking",)),
)
# Relative weight of each option in the arguments: the board of S3 is the biggest.
OPTION_WEIGHTS = (6, 8, 20, 10, 6, 5, 4, 5, 8, 10, 9, 9)
STANCES = ("preferred", "supports", "conditional", "neutral", "opposes", "not-addressed")

_VOCABULARY = (
    "de het een en van in op met voor door bij naar over tot uit als dat die dit zijn wordt "
    "worden kan moet zal heeft hebben niet ook meer nog wel maar dus daarom echter bovendien "
    "clusterbeleid speerpuntcluster speerpuntclusters bedrijven ondernemingen kennisinstellingen "
    "overheid Vlaanderen Vlaamse regering minister agentschap innovatie onderzoek ontwikkeling "
    "samenwerking netwerk netwerken financiering middelen budget subsidie werking opdracht "
    "evaluatie doelstellingen resultaten impact meerwaarde economische maatschappelijke "
    "uitdagingen transitie duurzaamheid kmo's sectoren waardeketen valorisatie roadmap "
    "strategie beleid kader continuïteit verankering structuur governance raad advies "
    "adviesraad standpunt aanbeveling voorstel scenario's groenboek mededeling consultatie "
    "belangrijk noodzakelijk wenselijk haalbaar essentieel cruciaal beperkt voldoende "
    "duidelijk sterk zwak langdurig tijdelijk structureel projectmatig regionale internationale "
    "Europese lange termijn korte ecosysteem actoren partners leden deelnemers stakeholders "
    "expertise competenties talent opleiding arbeidsmarkt digitalisering circulaire energie "
    "klimaat gezondheid voeding logistiek chemie materialen maakindustrie "
    "groei productiviteit export investeringen risico's kansen knelpunten drempels "
    "administratieve lasten rapportering monitoring indicatoren prioriteiten thema's domeinen "
    "oproep selectie criteria looptijd fase opstart afbouw overgang inkanteling coöperatie "
    "efficiëntie financiële ondersteuning publieke private middelen cofinanciering hefboom"
)
WORDS = _VOCABULARY.split()


def sentence(rng: random.Random, patterns: list[str]) -> str:
    words = [rng.choice(WORDS) for _ in range(rng.randint(8, 18))]
    if patterns and rng.random() < 0.12:
        words.insert(rng.randint(1, len(words) - 1), rng.choice(patterns))
    text = " ".join(words)
    return text[0].upper() + text[1:] + ("?" if rng.random() < 0.05 else ".")


def paragraph(rng: random.Random, patterns: list[str], low: int = 3, high: int = 6) -> str:
    return " ".join(sentence(rng, patterns) for _ in range(rng.randint(low, high)))


def heading(rng: random.Random, number: str) -> str:
    words = " ".join(rng.choice(WORDS) for _ in range(rng.randint(2, 5)))
    return f"{number} {words[0].upper()}{words[1:]}"


# --------------------------------------------------------------------------- documents


@dataclass(frozen=True)
class DocSpec:
    index: int
    kind: str          # pdf / docx / text
    file_name: str
    advisor: str
    pages: int         # PDF pages (0 for docx/text)
    size: int          # paragraphs for docx/text
    seed: int


def plan_documents(p: Params) -> list[DocSpec]:
    rng = random.Random(p.seed)
    n_pdf = max(1, round(p.sources * p.pdf_share)) if p.sources else 0
    n_docx = round((p.sources - n_pdf) * 0.6)
    kinds = ["pdf"] * n_pdf + ["docx"] * n_docx + ["text"] * (p.sources - n_pdf - n_docx)
    rng.shuffle(kinds)
    avg = max(1.0, p.pages / max(1, n_pdf))
    specs = []
    for i, kind in enumerate(kinds):
        advisor = advisor_key(i % p.advisors)
        pages = max(1, round(rng.uniform(0.3, 1.7) * avg)) if kind == "pdf" else 0
        size = rng.randint(10, 60) if kind != "pdf" else 0
        ext = {"pdf": "pdf", "docx": "docx", "text": "txt"}[kind]
        specs.append(DocSpec(i, kind, f"{i + 1:05d}_{advisor.lower()}_advies.{ext}", advisor,
                             pages, size, rng.randrange(1 << 30)))
    return specs


def advisor_key(i: int) -> str:
    return f"ADV{i + 1:02d}"


def _patterns(rng: random.Random) -> list[str]:
    chosen = rng.sample(OPTIONS, 3)
    return [pattern for *_rest, patterns in chosen for pattern in patterns]


def document_bytes(spec: DocSpec) -> bytes:
    """The bytes of one document; depends only on the spec (so workers can make them)."""
    rng = random.Random(spec.seed)
    patterns = _patterns(rng)
    title = f"Advies {spec.index + 1} van {spec.advisor}"
    if spec.kind == "pdf":
        from tests.docgen import pdf_bytes

        pages, chapter = [], 0
        for _ in range(spec.pages):
            items = []
            if rng.random() < 0.35:
                chapter += 1
                items.append("# " + heading(rng, f"{chapter}."))
            for _ in range(rng.randint(4, 5)):
                if rng.random() < 0.08:
                    items.append("## " + heading(rng, f"{chapter}.{rng.randint(1, 9)}"))
                # Pre-wrapped lines: fpdf2's own line breaking (multi_cell) costs ~0.2 s a page.
                items.append(textwrap.fill(paragraph(rng, patterns), 88))
            pages.append(items)
        header = f"{spec.advisor} - advies over het groenboek" if rng.random() < 0.5 else None
        return pdf_bytes(pages, header=header, title=title)
    if spec.kind == "docx":
        from tests.docgen import docx_bytes

        body: list[tuple] = [("h1", title)]
        for n in range(spec.size):
            roll = rng.random()
            if roll < 0.12:
                body.append(("h2", heading(rng, f"{n + 1}.")))
            elif roll < 0.22:
                body.append(("bullet", sentence(rng, patterns)))
            else:
                body.append(("p", paragraph(rng, patterns)))
        return docx_bytes(body, title=title)
    from tests.docgen import text_bytes

    lines = [title, ""]
    for _ in range(spec.size):
        words = paragraph(rng, patterns).split()
        line = ""
        for word in words:        # hard-wrapped at 78 columns, as mailed advice often is
            if line and len(line) + 1 + len(word) > 78:
                lines.append(line)
                line = word
            else:
                line = f"{line} {word}" if line else word
        lines += [line, ""]
    return text_bytes("\n".join(lines))


def _write_doc(args: tuple[DocSpec, str]) -> str:
    spec, folder = args
    path = Path(folder) / spec.file_name
    if not path.exists():
        tmp = path.with_suffix(path.suffix + ".tmp")
        tmp.write_bytes(document_bytes(spec))
        os.replace(tmp, path)
    return spec.file_name


def make_documents(p: Params, folder: Path, workers: int | None = None,
                   log=print) -> list[DocSpec]:
    specs = plan_documents(p)
    folder.mkdir(parents=True, exist_ok=True)
    todo = [(s, str(folder)) for s in specs if not (folder / s.file_name).exists()]
    if todo:
        log(f"generating {len(todo)} documents with {workers or os.cpu_count()} workers...")
        started = time.perf_counter()
        if len(todo) < 8 or workers == 1:
            for done, item in enumerate(todo, 1):
                _write_doc(item)
                _tick(log, done, len(todo), started)
        else:
            with ProcessPoolExecutor(max_workers=workers) as pool:
                for done, _name in enumerate(pool.map(_write_doc, todo, chunksize=4), 1):
                    _tick(log, done, len(todo), started)
    return specs


def _tick(log, done: int, total: int, started: float) -> None:
    if done == total or done % max(1, total // 20) == 0:
        log(f"  {done}/{total} ({time.perf_counter() - started:.0f} s)")


# --------------------------------------------------------------------------- the dossier


def build_dossier(p: Params, specs: list[DocSpec], folder: Path, target: Path,
                  log=print) -> dict:
    """Build the dossier at ``target`` (replaced) through the core API; returns statistics."""
    from workbench import Project

    rng = random.Random(p.seed + 1)
    building = target.with_name("building.cwb")
    building.unlink(missing_ok=True)
    started = time.perf_counter()
    project = Project.create(building, "Groenboek clusterbeleid (benchmark)", "BENCH 2024")
    stats: dict = {}
    try:
        _structure(project, p)
        # Import: one outer edit per batch (nested edits join it: one fsync per batch).
        log(f"importing {len(specs)} documents...")
        t0 = time.perf_counter()
        numbers: list[int] = []
        batch = 50
        for first in range(0, len(specs), batch):
            chunk = specs[first:first + batch]
            with project.edit("bench: import", "source"):
                # Consecutive files of one advisor go as one batch: read in parallel (#15).
                for advisor, run in itertools.groupby(chunk, key=lambda spec: spec.advisor):
                    paths = [folder / spec.file_name for spec in run]
                    for result in project.import_files(paths, advisor):
                        if result.source is None:
                            raise RuntimeError(result.message())
                        numbers.append(result.source.number)
            _tick(log, len(numbers), len(specs), t0)
        stats["import_s"] = round(time.perf_counter() - t0, 1)

        log(f"making {p.quotes} quotes...")
        t0 = time.perf_counter()
        quote_numbers = _make_quotes(project, rng, numbers, p.quotes, log)
        stats["quotes_s"] = round(time.perf_counter() - t0, 1)

        _arguments_and_stances(project, rng, p, quote_numbers, stats, log)
    finally:
        project.close()
    return _moved_into_place(building, target, started, stats)


def _arguments_and_stances(project, rng: random.Random, p: Params, quote_numbers: list[int],
                           stats: dict, log) -> None:
    """The evidence both builders end with, and the dossier's counts for the table."""
    log(f"making {p.arguments} arguments...")
    t0 = time.perf_counter()
    _make_arguments(project, rng, p.arguments, quote_numbers)
    stats["arguments_s"] = round(time.perf_counter() - t0, 1)
    _stances(project, rng, p, quote_numbers)
    stats.update(project.counts())
    stats["pages"] = project.conn.execute(
        "SELECT coalesce(sum(page_count), 0) FROM source").fetchone()[0]


def _moved_into_place(building: Path, target: Path, started: float, stats: dict) -> dict:
    os.replace(building, target)        # a cache entry is whole or absent
    stats["build_s"] = round(time.perf_counter() - started, 1)
    stats["size_mb"] = round(target.stat().st_size / 1e6, 1)
    return stats


def _structure(project, p: Params) -> None:
    with project.edit("bench: structure", "dossier"):
        for key, text in QUESTIONS:
            project.add_question(key, text)
        for i in range(p.advisors):
            project.add_advisor(advisor_key(i), f"Adviesinstantie {i + 1}",
                                kind=("council", "stakeholder", "cluster", "other")[i % 4],
                                status="received", asked_on="2024-03-27",
                                received_on="2024-05-06")
        for question, key, title, patterns in OPTIONS:
            project.add_option(question, key, title, description=f"Optie {title}.",
                               patterns=patterns)


def _stances(project, rng: random.Random, p: Params, quote_numbers: list[int]) -> None:
    with project.edit("bench: stances", "stance"):
        for i in range(p.advisors):
            for _q, option, _t, _p in OPTIONS:
                evidence = rng.sample(quote_numbers, k=min(len(quote_numbers),
                                                          rng.randint(0, 3)))
                project.set_stance(advisor_key(i), option, rng.choice(STANCES), evidence,
                                   note="")


def _make_quotes(project, rng: random.Random, numbers: list[int], total: int, log) -> list[int]:
    """``total`` quotes spread over the sources; each a sentence-ish span of one block."""
    made: list[int] = []
    per_source = [total // len(numbers)] * len(numbers)
    for i in rng.sample(range(len(numbers)), total % len(numbers)):
        per_source[i] += 1
    t0 = time.perf_counter()
    batch: list[tuple[int, int]] = []
    for number, count in zip(numbers, per_source, strict=True):
        blocks = [b for b in project.source_blocks(number)
                  if b.kind != "heading" and b.end - b.start > 40]
        for _ in range(count):
            block = rng.choice(blocks)
            length = block.end - block.start
            start = block.start + rng.randrange(0, max(1, length - 40))
            end = min(block.end, start + rng.randint(40, 300))
            batch.append((number, start, end))
    for first in range(0, len(batch), 2000):
        with project.edit("bench: quotes", "quote"):
            for number, start, end in batch[first:first + 2000]:
                made.append(project.add_quote(number, start=start, end=end).number)
        _tick(log, len(made), len(batch), t0)
    return made


def _make_arguments(project, rng: random.Random, total: int, quote_numbers: list[int]) -> None:
    """``total`` arguments, options weighted; every quote linked to at least one argument."""
    options = [o[1] for o in OPTIONS]
    pool = list(quote_numbers)
    rng.shuffle(pool)
    share = len(pool) // max(1, total)
    for first in range(0, total, 500):
        with project.edit("bench: arguments", "argument"):
            for n in range(first, min(total, first + 500)):
                option = rng.choices(options, weights=OPTION_WEIGHTS)[0]
                position = rng.choices(("pro", "con", "condition"), weights=(5, 4, 1))[0]
                linked = pool[n * share:(n + 1) * share] if n < total - 1 else pool[n * share:]
                text = sentence(rng, [])
                project.add_argument(option, position, text, linked)


# --------------------------------------------------------------------------- fast path
# The scaling table needs dossiers of 2,000 and 10,000 sources: rendering and importing that
# many PDFs takes hours on a small machine. The fast path builds the same shape (sources with
# pages, headings and paragraphs of Dutch-looking text naming options, quotes on spans of
# paragraphs, arguments, stances) by storing synthetic extracted documents with the store's own
# insert, as an import does after extraction. The embedded files are small real files (blank
# PDF pages, a one-paragraph DOCX, the text itself), so the dossier is mostly text and index,
# as a real one is; the import figures are measured on real documents (--fast off).

MEDIA_TYPES = {
    "pdf": "application/pdf",
    "docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    "text": "text/plain",
}


def _fast_sentence(rng: random.Random, patterns: list[str]) -> str:
    words = rng.choices(WORDS, k=rng.randint(8, 18))
    if patterns and rng.random() < 0.12:
        words.insert(rng.randint(1, len(words) - 1), rng.choice(patterns))
    text = " ".join(words)
    return text[0].upper() + text[1:] + "."


def _fast_paragraph(rng: random.Random, patterns: list[str]) -> str:
    return " ".join(_fast_sentence(rng, patterns) for _ in range(rng.randint(3, 6)))


def synthetic_document(spec: DocSpec):
    """An extracted document of the spec's shape, as the extractors return it (no file)."""
    from workbench.extract.document import Block, ExtractedDocument, PageSpan

    rng = random.Random(spec.seed)
    patterns = _patterns(rng)
    title = f"Advies {spec.index + 1} van {spec.advisor}"
    parts: list[str] = []
    blocks: list[Block] = []
    pages: list[PageSpan] = []
    at = 0

    def add(kind: str, text: str, page: int | None, level: int | None,
            path: tuple[str, ...]) -> None:
        nonlocal at
        if parts:
            parts.append("\n\n")
            at += 2
        parts.append(text)
        blocks.append(Block(kind, at, at + len(text), level, page, path))
        at += len(text)

    add("heading", title, 1 if spec.kind == "pdf" else None, 1, ())
    if spec.kind == "pdf":
        chapter, path = 0, (title,)
        for page in range(1, spec.pages + 1):
            start = at + 2 if page > 1 else 0
            if rng.random() < 0.35:
                chapter += 1
                text = heading(rng, f"{chapter}.")
                add("heading", text, page, 2, (title,))
                path = (title, text)
            for _ in range(rng.randint(4, 5)):
                add("paragraph", _fast_paragraph(rng, patterns), page, None, path)
            pages.append(PageSpan(page, start, at))
    else:
        path = (title,)
        for n in range(spec.size):
            roll = rng.random()
            if roll < 0.12:
                text = heading(rng, f"{n + 1}.")
                add("heading", text, None, 2, (title,))
                path = (title, text)
            elif roll < 0.22:
                add("list_item", _fast_sentence(rng, patterns), None, 1, path)
            else:
                add("paragraph", _fast_paragraph(rng, patterns), None, None, path)
    return ExtractedDocument("".join(parts), blocks, MEDIA_TYPES[spec.kind],
                             spec.pages if spec.kind == "pdf" else None, pages, title)


_BLANK: dict[str, bytes] = {}


def _small_file(spec: DocSpec, text: str) -> bytes:
    """A small real file of the spec's kind, unique per source (the dossier refuses the same
    file twice): blank PDF pages with a comment after %%EOF, a one-paragraph DOCX with a zip
    comment, or the text itself."""
    tag = f"cwb-bench {spec.seed} {spec.index}".encode()
    if spec.kind == "pdf":
        key = f"pdf{spec.pages}"
        if key not in _BLANK:
            from fpdf import FPDF

            pdf = FPDF()
            for _ in range(spec.pages):
                pdf.add_page()
            _BLANK[key] = bytes(pdf.output())
        return _BLANK[key] + b"\n%" + tag + b"\n"
    if spec.kind == "docx":
        if "docx" not in _BLANK:
            from tests.docgen import docx_bytes

            _BLANK["docx"] = docx_bytes([("p", "Advies (benchmark).")], title="Advies")
        blank = _BLANK["docx"]
        assert blank[-22:-18] == b"PK\x05\x06" and blank[-2:] == b"\x00\x00"   # no comment yet
        return blank[:-2] + len(tag).to_bytes(2, "little") + tag
    return text.encode("utf-8")


def build_dossier_fast(p: Params, specs: list[DocSpec], target: Path, log=print) -> dict:
    """Like :func:`build_dossier`, without documents: synthetic extracted texts stored through
    the store's insert (what an import does after extraction), quotes through the store's
    insert with the core's anchoring, arguments and stances through the core API."""
    from workbench import Project, anchoring
    from workbench.sources import _sha256
    from workbench.store import evidence as evidence_store
    from workbench.store import sources as source_store

    rng = random.Random(p.seed + 1)
    building = target.with_name("building.cwb")
    building.unlink(missing_ok=True)
    started = time.perf_counter()
    project = Project.create(building, "Groenboek clusterbeleid (benchmark)", "BENCH 2024")
    stats: dict = {"fast": True}
    try:
        _structure(project, p)
        advisor_ids = {a.key: a.id for a in project.advisors()}
        log(f"storing {len(specs)} synthetic sources...")
        t0 = time.perf_counter()
        per_source = [p.quotes // len(specs)] * len(specs) if specs else []
        for i in rng.sample(range(len(specs)), p.quotes % len(specs) if specs else 0):
            per_source[i] += 1
        quote_ids: list[int] = []
        batch = 100
        for first in range(0, len(specs), batch):
            with project.edit("bench: import", "source"):
                conn = project.conn
                for spec, count in zip(specs[first:first + batch],
                                       per_source[first:first + batch], strict=True):
                    doc = synthetic_document(spec)
                    data = _small_file(spec, doc.text)
                    text_hash = _sha256(doc.text.encode("utf-8"))
                    meta = source_store.SourceMeta(
                        advisor_id=advisor_ids[spec.advisor], title=doc.title or spec.file_name,
                        date=None, reference="", file_name=spec.file_name,
                        media_type=doc.media_type, sha256=_sha256(data), size=len(data),
                        text_hash=text_hash)
                    source_id = source_store.insert_source(conn, meta, doc, data)
                    quote_ids += _fast_quotes(conn, rng, source_id, doc, text_hash, count,
                                              anchoring, evidence_store)
            _tick(log, min(len(specs), first + batch), len(specs), t0)
        stats["import_s"] = round(time.perf_counter() - t0, 1)
        numbers = dict(project.conn.execute("SELECT id, number FROM quote").fetchall())
        quote_numbers = [numbers[i] for i in quote_ids]

        _arguments_and_stances(project, rng, p, quote_numbers, stats, log)
    finally:
        project.close()
    return _moved_into_place(building, target, started, stats)


def _fast_quotes(conn, rng: random.Random, source_id: int, doc, text_hash: str, count: int,
                 anchoring, evidence_store) -> list[int]:
    """``count`` quotes on sentence-ish spans of the document's paragraphs (as _make_quotes)."""
    text = doc.text
    blocks = [b for b in doc.blocks if b.kind != "heading" and b.end - b.start > 40]
    made = []
    for _ in range(count if blocks else 0):
        block = rng.choice(blocks)
        length = block.end - block.start
        start = block.start + rng.randrange(0, max(1, length - 40))
        end = min(block.end, start + rng.randint(40, 300))
        while start < end and text[start].isspace():
            start += 1
        while end > start and text[end - 1].isspace():
            end -= 1
        selector = anchoring.make_selector(text, start, end)
        made.append(evidence_store.insert_quote(
            conn, source_id=source_id, exact=selector.exact, prefix=selector.prefix,
            suffix=selector.suffix, start=start, end=end, page=block.page,
            heading_path=block.heading_path, text_hash=text_hash, note="", origin="manual"))
    return made


# --------------------------------------------------------------------------- cache


def cache_root(out: str | Path | None = None) -> Path:
    if out:
        return Path(out)
    env = os.environ.get("CWB_BENCH_DIR")
    if env:
        return Path(env)
    return Path.home() / ".cache" / "consultation-workbench-bench"


@dataclass(frozen=True)
class Generated:
    folder: Path
    dossier: Path
    docs: Path
    specs: list[DocSpec]
    stats: dict


def ensure(p: Params, out: str | Path | None = None, *, force: bool = False,
           workers: int | None = None, log=print) -> Generated:
    """The generated dossier for ``p`` (made now unless the cache already holds it)."""
    folder = cache_root(out) / p.key()
    docs = folder / "docs"
    dossier = folder / "dossier.cwb"
    marker = folder / "params.json"
    # The schema is part of what a cached dossier is: one built by an older or another
    # branch's migrations is refused by the app as "changed outside" (and bench first_open
    # waited on that message box for ever).
    wanted = {**asdict(p), "generator": GENERATOR_VERSION, "schema": schema_fingerprint()}
    if not force and dossier.exists() and marker.exists():
        saved = json.loads(marker.read_text())
        if saved.get("params") == wanted:
            log(f"cached: {dossier}")
            return Generated(folder, dossier, docs, plan_documents(p), saved.get("stats", {}))
        if saved.get("params", {}).get("schema") != wanted["schema"]:
            log(f"the cached dossier was built with another schema: rebuilding {dossier}")
    folder.mkdir(parents=True, exist_ok=True)
    marker.unlink(missing_ok=True)
    started = time.perf_counter()
    if p.fast:
        specs = plan_documents(p)
        stats = build_dossier_fast(p, specs, dossier, log)
    else:
        specs = make_documents(p, docs, workers, log)
        docs_s = round(time.perf_counter() - started, 1)
        stats = build_dossier(p, specs, docs, dossier, log)
        stats["documents_s"] = docs_s
    marker.write_text(json.dumps({"params": wanted, "stats": stats}, indent=2))
    log(f"built {dossier}: {stats}")
    return Generated(folder, dossier, docs, specs, stats)


def schema_fingerprint() -> str:
    """The migrations a dossier built now goes through: their names and contents."""
    digest = hashlib.sha256()
    for sql in sorted((ROOT / "db").glob("*.sql")):
        digest.update(sql.name.encode() + b"\0" + sql.read_bytes())
    return digest.hexdigest()[:12]


def write_documents(specs: list[DocSpec], folder: Path) -> None:
    """The documents of these specs, made now where missing (a fast dossier has none: the
    import benchmark asks for its sample)."""
    folder.mkdir(parents=True, exist_ok=True)
    for spec in specs:
        _write_doc((spec, str(folder)))


def params_from_args(args: argparse.Namespace) -> Params:
    base = PRESETS["small" if args.small else args.preset]
    fields = {name: getattr(args, name) for name in
              ("seed", "sources", "advisors", "pages", "quotes", "arguments")
              if getattr(args, name) is not None}
    if getattr(args, "fast", False):
        fields["fast"] = True
    return Params(**{**asdict(base), **fields})


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--preset", choices=sorted(PRESETS), default="full")
    parser.add_argument("--small", action="store_true", help="the 'small' preset (~20 sources)")
    parser.add_argument("--seed", type=int)
    parser.add_argument("--sources", type=int)
    parser.add_argument("--advisors", type=int)
    parser.add_argument("--pages", type=int, help="total PDF pages")
    parser.add_argument("--quotes", type=int)
    parser.add_argument("--arguments", type=int)
    parser.add_argument("--out", help="cache folder (default $CWB_BENCH_DIR or "
                        "~/.cache/consultation-workbench-bench)")
    parser.add_argument("--workers", type=int, help="processes generating documents")
    parser.add_argument("--fast", action="store_true",
                        help="no documents: synthetic texts stored directly (minutes for "
                        "10,000 sources; import figures then use a few generated documents)")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    add_arguments(parser)
    parser.add_argument("--force", action="store_true", help="rebuild even when cached")
    args = parser.parse_args(argv)
    generated = ensure(params_from_args(args), args.out, force=args.force, workers=args.workers)
    print(generated.dossier)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
