"""The evaluation report for people: a plain-text table, or Markdown for
EVALUATION.md."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from pipeline.evaluate_data import EvaluationInputError

FIGURES_START = "<!-- figures:start -->"
FIGURES_END = "<!-- figures:end -->"
_COLUMNS = ("gold", "pred", "tp", "precision", "recall", "f1")


def fmt(value: float | None) -> str:
    """A figure with up to four decimals and no trailing zeros (0.91, 1)."""
    if value is None:
        return "-"
    return f"{value:.4f}".rstrip("0").rstrip(".")


def render_table(report: dict[str, Any], limit: int) -> str:
    lines = [f"{report['gold_documents']} gold documents; text matched at fuzzy ratio >= "
             f"{fmt(report['fuzzy_threshold'])} after normalisation", ""]
    lines += _counts_table("record type", report["types"])
    lines += ["", _row("attribute", "correct", "compared", "accuracy")]
    for record_type, attributes in report["attributes"].items():
        for name, tally in attributes.items():
            lines.append(_row(f"{record_type}.{name}", tally["correct"], tally["compared"], fmt(tally["accuracy"])))
    for document in report["documents"]:
        lines += ["", f"== {document['source_file']} (expect {document['expect']}, "
                      f"status {document['status'] or 'absent'})"]
        if document["problem"]:
            lines.append(f"   PROBLEM: {document['problem']}")
        if document["types"]:
            lines += ["   " + line for line in _counts_table("record type", document["types"])]
        for heading, key in (("missed", "misses"), ("false positives", "false_positives"),
                             ("wrong attributes", "attribute_errors")):
            items = document[key]
            if not items:
                continue
            shown = items if limit <= 0 else items[:limit]
            lines.append(f"   {heading} ({len(items)}):")
            lines += [f"     {_describe_item(item)}" for item in shown]
            if len(shown) < len(items):
                lines.append(f"     ... {len(items) - len(shown)} more (--limit 0 lists all)")
    return "\n".join(lines)


def _describe_item(item: dict[str, Any]) -> str:
    page = f"p{item['page']}" if item["page"] is not None else "p-"
    if "attribute" in item:
        return (f"{item['type']} {page} {item['attribute']}: gold {item['gold_value']!r}, "
                f"extracted {item['pred_value']!r} | {item['text']}")
    return f"{item['type']} {page}: {item['text']} [{item['reason']}]"


def _counts_table(label: str, types: dict[str, dict[str, Any]]) -> list[str]:
    lines = [_row(label, *_COLUMNS)]
    for record_type, counts in types.items():
        lines.append(_row(record_type, counts["gold"], counts["pred"], counts["tp"],
                          fmt(counts["precision"]), fmt(counts["recall"]), fmt(counts["f1"])))
    return lines


def _row(first: object, *rest: object) -> str:
    return f"{first!s:<40}" + "".join(f"{v!s:>10}" for v in rest)


def render_markdown(report: dict[str, Any]) -> str:
    lines = [f"Gold documents: {report['gold_documents']}. Text matched at fuzzy ratio >= "
             f"{fmt(report['fuzzy_threshold'])} after normalisation.", ""]
    lines += _md_counts_table(report["types"])
    lines += ["", "| attribute | correct | compared | accuracy |", "|---|---:|---:|---:|"]
    lines += [f"| {t}.{a} | {v['correct']} | {v['compared']} | {fmt(v['accuracy'])} |"
              for t, attributes in report["attributes"].items() for a, v in attributes.items()]
    lines += ["", "| gold document | expect | status | checked |", "|---|---|---|---|"]
    lines += [f"| {d['source_file']} | {d['expect']} | {d['status'] or 'absent'} | {d['checked'] or ''} |"
              for d in report["documents"]]
    for document in report["documents"]:
        lines += ["", f"**{document['source_file']}** (expect {document['expect']}, "
                      f"status {document['status'] or 'absent'}; {len(document['misses'])} missed, "
                      f"{len(document['false_positives'])} false positives, "
                      f"{len(document['attribute_errors'])} wrong attributes)"]
        if document["problem"]:
            lines.append(f"Problem: {document['problem']}")
        if document["types"]:
            lines += ["", *_md_counts_table(document["types"])]
    return "\n".join(lines)


def _md_counts_table(types: dict[str, dict[str, Any]]) -> list[str]:
    lines = ["| record type | gold | pred | tp | precision | recall | F1 |", "|---|---:|---:|---:|---:|---:|---:|"]
    lines += [f"| {record_type} | {c['gold']} | {c['pred']} | {c['tp']} | {fmt(c['precision'])} "
              f"| {fmt(c['recall'])} | {fmt(c['f1'])} |" for record_type, c in types.items()]
    return lines


def write_markdown_section(path: Path, body: str) -> None:
    """Replace what lies between the figures markers of ``path`` with ``body``."""
    try:
        text = path.read_text(encoding="utf-8")
    except OSError as exc:
        raise EvaluationInputError(f"{path} could not be read: {exc.strerror or exc}.") from exc
    start, end = text.find(FIGURES_START), text.find(FIGURES_END)
    if start < 0 or end < start:
        raise EvaluationInputError(f"{path} has no figures section: add the lines {FIGURES_START} "
                                   f"and {FIGURES_END} where the figures go.")
    head = text[: start + len(FIGURES_START)]
    path.write_text(f"{head}\n{body}\n{text[end:]}", encoding="utf-8")
