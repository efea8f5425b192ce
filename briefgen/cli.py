"""The `briefgen` command. The only place that turns errors into messages and exit codes.

Imports of heavy modules happen inside commands, so `briefgen --help` and fact commands start fast.
"""

from __future__ import annotations

import functools
import json
import sys
import warnings
from pathlib import Path

import click

from .errors import BriefgenError, BriefgenWarning, ConfigError
from .text import counted

EXIT_USER_ERROR = 1


def _format_warning(message, category, filename, lineno, line=None) -> str:
    """briefgen's own warnings as `warning: ...` lines; anything else as Python shows it."""
    if issubclass(category, BriefgenWarning):
        return f"warning: {message}\n"
    return _python_format_warning(message, category, filename, lineno, line)


_python_format_warning, warnings.formatwarning = warnings.formatwarning, _format_warning


def reports_errors(command):
    """Show BriefgenErrors as `path:line: message` lines on stderr and exit 1."""
    @functools.wraps(command)
    def wrapper(*args, **kwargs):
        try:
            return command(*args, **kwargs)
        except BriefgenError as exc:
            for problem in exc.problems:
                click.echo(f"error: {problem}", err=True)
            if len(exc.problems) > 1:
                click.echo(f"{len(exc.problems)} problems", err=True)
            sys.exit(EXIT_USER_ERROR)
        except OSError as exc:
            if exc.filename is None:
                raise  # not a path the caller gave: a bug, shown as one
            # a path the system refuses wherever it is first used (a name too long, a loop of
            # links, no permission): the path and why, never a traceback
            click.echo(f"error: {exc.filename}: cannot use this path: {exc.strerror or exc} "
                       "(check the path: a shorter name, an existing folder, one you may "
                       "read and write)", err=True)
            sys.exit(EXIT_USER_ERROR)
        except KeyboardInterrupt:
            from .safety.interrupts import EXIT_INTERRUPTED, say
            say()  # what was written: the earlier outputs, or all of this run's
            sys.exit(EXIT_INTERRUPTED)
    return wrapper


class _Briefgen(click.Group):
    """The command line, with Ctrl-C ending it with 130 at any moment (safety/interrupts.py)."""

    def main(self, args=None, *rest, **options):
        from .safety.interrupts import run
        command_line = super().main
        # no arguments given: this process is the command line (`briefgen …`, `python -m`)
        return run(lambda: command_line(args, *rest, **options), program=args is None)


def _project(ctx: click.Context):
    from dataclasses import replace

    from .config import load_project
    project = load_project(ctx.obj.get("project"))
    standard = ctx.obj.get("pdf_standard")
    if standard:
        project = replace(project, page=replace(project.page, pdf_standard=standard))
    if ctx.obj.get("language"):
        from .language import language
        project = replace(project, language=language(ctx.obj["language"]).code)
    if ctx.obj.get("untranslated"):
        project = replace(project, untranslated=ctx.obj["untranslated"])
    return project


def _remember(ctx: click.Context, param: click.Parameter, value):
    if value is not None:
        ctx.ensure_object(dict)[param.name] = value


def language_options(command):
    """--language and --untranslated, for every command that composes briefs."""
    command = click.option(
        "--untranslated", type=click.Choice(["fail", "mark"]), expose_value=False,
        callback=_remember, help="A text with no translation: fail (the default: the error "
                                 "lists them all) or mark (print the English, marked (EN)).")(command)
    return click.option(
        "--language", "-l", metavar="CODE", expose_value=False, callback=_remember,
        help="Write the briefs in this language (zh), from translations/CODE.po and "
             "templates/CODE/ (default: briefgen.yaml's language; docs/languages.md).")(command)


@click.group(cls=_Briefgen, context_settings={"help_option_names": ["-h", "--help"]})
@click.option("--project", "-p", type=click.Path(file_okay=False, path_type=Path),
              help="Project folder (holds briefgen.yaml). Default: the nearest one above the "
                   "current folder.")
@click.option("--pdf-standard", type=click.Choice(["pdfua", "pdfa-2b"]),
              help="The standard PDFs are made to, instead of page.pdf_standard in briefgen.yaml: "
                   "pdfua (tagged, PDF/UA-1) or pdfa-2b (PDF/A-2b and PDF/UA-1).")
@click.version_option(package_name="briefgen")
@click.pass_context
def main(ctx: click.Context, project: Path | None, pdf_standard: str | None) -> None:
    """briefgen: source documents -> verified facts -> one-page briefs and investor packs."""
    ctx.ensure_object(dict)
    ctx.obj["project"] = project
    ctx.obj["pdf_standard"] = pdf_standard


# --- project -------------------------------------------------------------------------------

@main.command()
@click.argument("directory", type=click.Path(path_type=Path))
@click.option("--city", metavar="NAME",
              help="The city's name as readers know it, e.g. \"Da Nang\" (default: the folder's "
                   "name in words); its slug (da-nang) is what facts name as their subject.")
@click.option("--name", help="Project name, the pack's title (default: \"CITY investor briefs\").")
@click.option("--organisation", metavar="TEXT",
              help="Printed in every brief's footer (default: \"CITY international cooperation "
                   "office\").")
@click.pass_context
@reports_errors
def init(ctx: click.Context, directory: Path, city: str | None, name: str | None,
         organisation: str | None) -> None:
    """Create an empty project in DIRECTORY: config, entities, metrics, seeds/, templates/.

    The project starts neutral: the generic templates, the shipped measures, no facts. Its
    first brief builds as soon as one fact is written (docs/first-project.md).
    """
    from .scaffold import city_from_folder, city_slug, init_project
    city = city_from_folder(directory) if city is None else city
    created = init_project(directory, city=city, name=name, organisation=organisation,
                           template_source=_template_source(ctx))
    click.echo(f"created project in {directory} ({len(created)} files) for {city} "
               f"(subject slug: {city_slug(city)})")
    click.echo(f"next: add source documents with `briefgen --project {directory} seeds add "
               f"FILE...`; write facts about them in facts/ (docs/first-project.md) or extract "
               f"candidates with `briefgen --project {directory} facts extract --inbox "
               "seeds/NAME.txt`; then `briefgen facts check` and `briefgen build overview`")


def _template_source(ctx: click.Context) -> Path | None:
    """Templates to copy into a new project: the current project's, else the shipped ones."""
    from .config import find_root, load_project
    try:
        return load_project(ctx.obj.get("project")).path("templates")
    except BriefgenError:
        shipped = find_root(Path(__file__).resolve().parent)
        return shipped / "templates" if shipped else None


# --- facts ---------------------------------------------------------------------------------

@main.group()
def facts() -> None:
    """Check, list and count the facts of the store."""


@facts.command("check")
@click.pass_context
@reports_errors
def facts_check(ctx: click.Context) -> None:
    """Validate every fact file and prove every quote against its seed.

    Reports all problems as `path:line: message`; exit 1 if there are any.
    """
    from .facts.rules import run_rules
    from .facts.store import read_store
    from .facts.verify import conflicts
    store, problems = read_store(_project(ctx))
    if problems:
        raise BriefgenError(problems=problems)
    for finding in run_rules(store):
        click.echo(f"warning: {finding.problem()} [{finding.code}]", err=True)
    for preferred, others in conflicts(store.facts, store.by_id):
        names = ", ".join(f"{o.id} ({o.as_written or o.text})" for o in others)
        click.echo(f"resolved conflict: {preferred.id} ({preferred.as_written}) preferred over "
                   f"{names}: {preferred.reason}")
    quotes = sum(len(f.sources) for f in store.facts)
    click.echo(f"ok: {counted(len(store.facts), 'fact')} in {counted(len(store.files), 'file')}, "
               f"{counted(quotes, 'quote')} verified against {counted(len(store.seeds), 'seed')}")


@facts.command("list")
@click.option("--subject", "-s", help="Only facts about this subject (slug).")
@click.option("--json", "as_json", is_flag=True, help="Print a JSON array (stable interface).")
@click.pass_context
@reports_errors
def facts_list(ctx: click.Context, subject: str | None, as_json: bool) -> None:
    """List facts: id, subject, metric, value and period (or JSON with --json)."""
    from .facts.store import load_store
    store = load_store(_project(ctx))
    if subject:
        store.entity(subject)
    selected = store.find(subject=subject)
    if as_json:
        click.echo(json.dumps([{**f.to_json(), "superseded_by": store.superseded.get(f.id)}
                               for f in selected], ensure_ascii=False, indent=1))
        return
    for fact in selected:
        shown = fact.as_written or (fact.text or "")[:60]
        period = fact.period.text if fact.period else "-"
        click.echo(f"{fact.id:<34} {fact.subject:<22} {fact.metric:<28} {period:<16} {shown}")
    click.echo(counted(len(selected), "fact"), err=True)


@facts.command("stats")
@click.pass_context
@reports_errors
def facts_stats(ctx: click.Context) -> None:
    """Facts per subject and per seed, the oldest and newest as-of, and the figures' ages."""
    from .facts.age import Timeline
    from .facts.stale import age_distribution
    from .facts.stats import stats_table
    from .facts.store import load_store
    project = _project(ctx)
    store = load_store(project)
    click.echo(stats_table(store))
    click.echo("\n".join(["", *age_distribution(store, Timeline(project.built_on(),
                                                               project.freshness))]))


@facts.command("stale")
@click.option("--subject", "-s", help="Only figures about this subject (slug).")
@click.option("--json", "as_json", is_flag=True, help="Print a JSON array (stable interface).")
@click.pass_context
@reports_errors
def facts_stale(ctx: click.Context, subject: str | None, as_json: bool) -> None:
    """Figures older than the freshness policy allows, oldest first, with the briefs that print
    them (briefgen.yaml `freshness`, measured from the production date)."""
    from .facts.stale import stale_rows, stale_table
    from .facts.store import load_store
    project = _project(ctx)
    store = load_store(project)
    if subject:
        store.entity(subject)
    rows = stale_rows(project, store, subject)
    if as_json:
        click.echo(json.dumps(rows, ensure_ascii=False, indent=1))
        return
    click.echo(stale_table(rows))
    click.echo(counted(len(rows), "stale figure"), err=True)


def _fact_folders(ctx: click.Context, required: bool):
    """facts/ and seeds/ of the project; extraction also works on loose files outside one."""
    from .facts.extract.command import Folders, project_folders
    try:
        project = _project(ctx)
    except BriefgenError:
        if required:
            raise
        return Folders()
    return project_folders(project)


@facts.command("extract")
@click.argument("paths", nargs=-1, required=True, type=click.Path(path_type=Path))
@click.option("--json", "as_json", is_flag=True, help="Print a JSON array (stable interface).")
@click.option("--out", "out_file", type=click.Path(dir_okay=False, path_type=Path),
              help="Also write the JSON array to FILE.")
@click.option("--inbox", is_flag=True,
              help="Write the candidates for review to facts/_inbox/<seed>.yaml.")
@click.option("--add", "add_seeds", is_flag=True,
              help="Add the documents to seeds/ first (as `seeds add` does) and extract from "
                   "their seeds.")
@click.pass_context
@reports_errors
def facts_extract(ctx: click.Context, paths: tuple[Path, ...], as_json: bool,
                  out_file: Path | None, inbox: bool, add_seeds: bool) -> None:
    """Propose candidate facts (figures with unit, period, subject, quote) from documents:
    text, PDF, Word, web pages, tables.

    Prints a table, or JSON with --json; nothing is written unless --out, --inbox or --add is
    given. See docs/extract.md for the review flow.
    """
    from .facts.extract import command
    folders = _fact_folders(ctx, required=inbox or add_seeds)
    if out_file:
        command.json_target(out_file)  # before documents are added or read

    def warn(message: str) -> None:
        click.echo(f"warning: {message}", err=True)
    if add_seeds:
        from .sources.ingest import add_sources
        paths = tuple(folders.seeds / added.seed for added in add_sources(list(paths), folders.seeds))
    results = command.extract_documents(list(paths), folders, warn)
    if out_file:
        command.write_json(out_file, results)
    if inbox:
        from .safety.locks import facts_writer
        with facts_writer(folders.facts):  # a review page never writes the inbox meanwhile
            for path, new, skipped in command.write_inboxes(results, folders, warn):
                where = f"wrote {path}" if path.is_file() else f"nothing to review for {path.stem}"
                click.echo(f"{where}: {counted(new, 'new candidate')} ({skipped} already in the "
                           "store or the inbox)", err=True)
    if as_json:
        click.echo(command.candidates_json(results))
        return
    from rich.console import Console
    console = Console(width=max(Console().width, 150))  # a pipe gets a readable width too
    for doc, candidates in results:
        console.print(command.candidates_table(doc, candidates))


@facts.command("import")
@click.argument("table", type=click.Path(path_type=Path))
@click.option("--map", "map_path", required=True, type=click.Path(dir_okay=False, path_type=Path),
              help="YAML map: sheet, header_row, subject, period and one measure per value column.")
@click.option("--sheet", help="The sheet to read (default: the map's, else the first).")
@click.option("--out", "out_file", type=click.Path(dir_okay=False, path_type=Path),
              help="Fact file to write (default: facts/tables/<seed>.yaml).")
@click.pass_context
@reports_errors
def facts_import(ctx: click.Context, table: Path, map_path: Path, sheet: str | None,
                 out_file: Path | None) -> None:
    """Turn the rows of a table seed (.xlsx, .csv added with seeds add) into facts.

    Each fact cites its cell (trade.xlsx!Sheet1!C7); `facts check` proves it. See
    docs/extract.md#facts-from-tables.
    """
    from .sources.table_facts import import_command
    project = _project(ctx)
    target, imported = import_command(table, map_path, sheet, project.path("facts"),
                                      project.path("seeds"), out_file)
    click.echo(f"wrote {target}: {len(imported.facts)} facts from sheet {imported.sheet}"
               + (f" ({imported.skipped} empty cells skipped)" if imported.skipped else ""))


@facts.command("accept")
@click.argument("inbox_files", nargs=-1, type=click.Path(dir_okay=False, path_type=Path))
@click.pass_context
@reports_errors
def facts_accept(ctx: click.Context, inbox_files: tuple[Path, ...]) -> None:
    """Move reviewed candidates (review: keep) from facts/_inbox/ into facts/accepted/.

    Without INBOX_FILE, every inbox file is read. Incomplete candidates stay, with the reason.
    """
    from .facts.extract import command
    folders = _fact_folders(ctx, required=True)
    files = command.inbox_files(inbox_files, folders)
    if not files:
        click.echo("the inbox is empty: run `briefgen facts extract --inbox SEED` first")
        return
    from .safety.locks import facts_writer
    with facts_writer(folders.facts):  # a review page never writes facts/ meanwhile
        for path, result in command.accept_all(files, folders):
            into = f" into {result.target}" if result.accepted else ""
            click.echo(f"{path.name}: accepted {len(result.accepted)}{into}; "
                       f"{result.already} already in the store; {result.dropped} dropped; "
                       f"{len(result.left)} left for review")
            for problem in result.left:
                click.echo(f"  {problem}")


# --- translations --------------------------------------------------------------------------

@main.group()
def translations() -> None:
    """What a language edition lacks (docs/languages.md)."""


@translations.command("check")
@click.option("--language", "-l", "code", required=True, metavar="CODE",
              help="The language to check, e.g. zh (see docs/languages.md).")
@click.option("--all", "everything", is_flag=True,
              help="Require every text, also those no brief prints today (default: count them).")
@click.option("--json", "as_json", is_flag=True, help="Print a JSON array (stable interface).")
@click.pass_context
@reports_errors
def translations_check(ctx: click.Context, code: str, everything: bool, as_json: bool) -> None:
    """List every text with no translation into a language that the briefs in it print:
    briefgen's words, templates, entities, measures, counted words, fact labels and texts, each
    where its English is. Texts no brief prints today are counted (--all lists them).

    Exit 1 if a brief prints an untranslated text (a build in that language would fail on it),
    or with --all if anything is untranslated.
    """
    from .facts.store import load_store
    from .language.check import glossary_findings, untranslated
    from .language.edition import load_edition
    from .language.printed import printed_untranslated
    project = _project(ctx)
    edition = load_edition(_translated(code), project.root)
    store = load_store(project)
    missing = untranslated(edition, store, project)
    printed, failed = printed_untranslated(project, store, edition.language.code) \
        if missing and not everything else (set(), [])
    for failure in failed:
        click.echo(f"warning: {failure}: what it prints is unknown, so every text is "
                   "required", err=True)
    needed = [m for m in missing if everything or failed or m.kind in ("word", "template")
              or (m.context, m.english) in printed]
    for finding in glossary_findings(edition, store, project):
        click.echo(f"warning: {finding}", err=True)
    if as_json:
        click.echo(json.dumps([{**m.to_json(), "needed": m in needed} for m in missing],
                              ensure_ascii=False, indent=1))
        if needed:
            sys.exit(EXIT_USER_ERROR)
        return
    rest = len(missing) - len(needed)
    if rest:
        click.echo(f"note: {rest} more texts have no translation, but no brief prints them "
                   "today (--all lists them)", err=True)
    if needed:
        raise BriefgenError(problems=[_untranslated_problem(m, edition) for m in needed])
    click.echo(f"everything the briefs print is translated into {edition.language.name}"
               if rest else f"everything is translated into {edition.language.name}")


@translations.command("update")
@click.option("--language", "-l", "code", required=True, metavar="CODE",
              help="The language whose translations/CODE.po to bring up to date, e.g. zh.")
@click.pass_context
@reports_errors
def translations_update(ctx: click.Context, code: str) -> None:
    """Add every text with no entry to translations/CODE.po, with an empty translation and the
    file and line of its English, for a translator to fill in; a translation whose English was
    edited moves to the new English, marked fuzzy for review (other entries are kept)."""
    from .facts.store import load_store
    from .language import language
    from .language.check import needed_texts, update_file
    from .language.edition import translations_path
    project = _project(ctx)
    path = translations_path(project.root, _translated(code).code)
    added, fuzzy = update_file(path, needed_texts(load_store(project), project), language(code))
    click.echo(f"{path.relative_to(project.root)}: {added} entries added"
               + (f", {fuzzy} marked fuzzy (their English was edited: review them)" if fuzzy else ""))


def _translated(code: str):
    """The language of `code`, one briefgen's texts are translated into (not English)."""
    from .language import language
    found = language(code)
    if found.is_source:
        raise ConfigError(f"{found.name} is the language briefgen's texts are written in: there "
                          "is nothing to translate into it",
                          hint="give the language of an edition, e.g. --language zh")
    return found


def _untranslated_problem(missing, edition):
    from .errors import Problem
    name, code = edition.language.name, edition.language.code
    if missing.kind == "template":
        return Problem(f"no {name} version of this template: {missing.context}", missing.path,
                       hint=f"create it; {{% extends \"base/{missing.english}\" %}} keeps what "
                            "needs no words and replaces the blocks that have some")
    where = missing.path if missing.kind == "word" else f"translations/{code}.po"
    message, hint = edition.problem_text(missing)
    return Problem(message, missing.path, missing.line, hint or f"add msgctxt "
                   f"\"{missing.context}\" with this msgid and its msgstr to {where}")


# --- seeds ---------------------------------------------------------------------------------

@main.group()
def seeds() -> None:
    """Add source documents to seeds/ (PDF, Word, web pages, tables, text)."""


@seeds.command("add")
@click.argument("paths", nargs=-1, required=True, type=click.Path(path_type=Path))
@click.option("--json", "as_json", is_flag=True, help="Print what was added as a JSON array.")
@click.pass_context
@reports_errors
def seeds_add(ctx: click.Context, paths: tuple[Path, ...], as_json: bool) -> None:
    """Add documents (.pdf .docx .html .htm .txt .md .xlsx .csv) as seeds.

    Writes each one's text to seeds/, keeps the file in seeds/originals/ and describes it in
    seeds/index.yaml from its own metadata. Nothing is written if any document is refused.
    """
    from .sources.ingest import add_sources
    added = add_sources(list(paths), _project(ctx).path("seeds"))
    if as_json:
        click.echo(json.dumps([a.to_json() for a in added], ensure_ascii=False, indent=1))
        return
    for item in added:
        click.echo(f"added {item.path} as seeds/{item.seed} ({item.entry['title']})")
        for gap in item.missing:
            click.echo(f"  {gap}: edit its entry in seeds/index.yaml", err=True)


# --- briefs --------------------------------------------------------------------------------

@main.command("list")
@click.option("--json", "as_json", is_flag=True, help="Print a JSON array (stable interface).")
@click.pass_context
@reports_errors
def list_buildables(ctx: click.Context, as_json: bool) -> None:
    """Show what can be built: the overview, partner and sector briefs (and, as text, events).

    FACTS: the facts a brief draws on, those its template consults while composing it (a change
    to any of them rebuilds the brief), counted as the pack's summary counts them; "-" for a
    brief that cannot be composed (`briefgen build` says why). The JSON array holds the briefs
    only (kind, slug, name, facts): a stable interface.
    """
    from .catalog import buildables, facts_drawn_on
    from .events import event_names
    from .facts.store import load_store
    project = _project(ctx)
    store = load_store(project)
    items = [(item, facts_drawn_on(project, store, item)) for item in buildables(project, store)]
    if as_json:
        click.echo(json.dumps([{**item.to_json(), "facts": drawn} for item, drawn in items],
                              ensure_ascii=False, indent=1))
        return
    for item, drawn in items:
        click.echo(f"{item.kind:<9} {item.slug:<22} {'-' if drawn is None else drawn:>4} facts  "
                   f"{item.name}")
    for name in event_names(project):
        click.echo(f"{'event':<9} {name:<22}             briefgen build event {name}")


@main.command("audit")
@click.argument("briefs", nargs=-1)
@click.option("--json", "as_json", is_flag=True, help="Print a JSON array of findings.")
@click.option("--severity", type=click.Choice(["warning", "error"]), default="error",
              show_default=True, help="Exit 1 when a finding is at least this severe.")
@click.pass_context
@reports_errors
def audit(ctx: click.Context, briefs: tuple[str, ...], as_json: bool, severity: str) -> None:
    """Proof-read the composed briefs against their quotes (see docs/audit.md).

    Reads every brief of the pack and every event brief as a careful reader would: each number,
    year, rank and scope word in a cited quote, tenses that fit the production date, remarks
    with their speaker, lists of partners and sectors with their evidence and in agreement,
    hand-written text that claims results citing a fact, contacts that can be reached. One
    finding a line: `brief: sentence: rule: reason: quote`. BRIEFS: output names
    (partner-japan, sector-film, overview, event-sco-trade-fair); default: all.
    """
    from .audit import audit_project
    from .audit.run import brief_names, unaudited
    from .facts.store import load_store
    project = _project(ctx)
    store = load_store(project)
    skipped = unaudited(project, store)
    if briefs:
        _audited_names(briefs, brief_names(project, store), skipped)
    for name, language in skipped.items():
        if not briefs:
            click.echo(f"note: {name} is not audited: it is written in {language}, and the "
                       "audit reads English (docs/audit.md)", err=True)
    findings = audit_project(project, store, briefs)
    if as_json:
        click.echo(json.dumps([f.to_json() for f in findings], ensure_ascii=False, indent=1))
    else:
        for finding in findings:
            click.echo(finding.line())
    counted = {s: sum(f.severity == s for f in findings) for s in ("error", "warning")}
    click.echo(f"{counted['error']} errors, {counted['warning']} warnings", err=True)
    if any(f.at_least(severity) for f in findings):
        sys.exit(EXIT_USER_ERROR)


def _audited_names(briefs: tuple[str, ...], known: list[str], skipped: dict[str, str]) -> None:
    """Refuse names the audit cannot read: unknown ones, and briefs in another language."""
    other = next((b for b in briefs if b in skipped), None)
    if other:
        raise BriefgenError(f"{other!r} is written in {skipped[other]}: the audit reads English "
                            "only", hint="see docs/audit.md")
    unknown = [b for b in briefs if b not in known]
    if unknown:
        raise BriefgenError(f"no brief named {', '.join(map(repr, unknown))} to audit",
                            hint=f"known: {', '.join(known)}")


FORMAT_OPTION = click.option("--format", "formats", default="docx,pdf", show_default=True,
                             help="Output formats, comma-separated: docx, pdf.")
OUT_OPTION = click.option("--out", "out_dir", type=click.Path(file_okay=False, path_type=Path),
                          help="Output folder (default: out/ of the project).")
PACK_OUT_OPTION = click.option("--out", "out_dir", type=click.Path(file_okay=False, path_type=Path),
                               help="Output folder (default: out/pack/ of the project, "
                                    "out/events/NAME/ with --event).")


@main.group()
def build() -> None:
    """Build one brief (partner, sector, overview or event) as DOCX and PDF."""


def _build_one(ctx: click.Context, kind: str, slug: str, formats: str, out_dir: Path | None,
               **request_args) -> None:
    from .build import BriefRequest, build_brief, kept_path, output_name, parse_formats
    from .charts.apart import charts_apart
    project = _project(ctx)
    wanted = parse_formats(formats)
    request = BriefRequest(kind, slug, **request_args)
    # No files kept from an earlier build of this brief: its chart is drawn in a second
    # process, started before the store is even imported (charts/apart.py)
    cold = not kept_path(project, output_name(request, project.language)).is_file()
    if cold:  # before the helper forks: this process lays the brief out with the PDF
        from .render import pdf  # noqa: F401  renderer, the helper's chart shapes use its reportlab
    with charts_apart(wanted=cold):
        from .facts.store import load_store
        store = load_store(project)
        result = build_brief(project, store, request, wanted, out_dir or project.path("out"))
    for fmt, path in result.files.items():
        pages = result.pages.get(fmt)
        click.echo(f"wrote {path}" + (f" ({pages} page{'s' if pages != 1 else ''})" if pages else ""))


@build.command("partner")
@click.argument("slug")
@FORMAT_OPTION
@OUT_OPTION
@language_options
@click.pass_context
@reports_errors
def build_partner(ctx, slug, formats, out_dir):
    """One-page brief on a partner (country, region or group): SLUG as in `briefgen list`."""
    _build_one(ctx, "partner", slug, formats, out_dir)


@build.command("sector")
@click.argument("slug")
@FORMAT_OPTION
@OUT_OPTION
@language_options
@click.pass_context
@reports_errors
def build_sector(ctx, slug, formats, out_dir):
    """One-page brief on a sector: SLUG as in `briefgen list`."""
    _build_one(ctx, "sector", slug, formats, out_dir)


@build.command("overview")
@FORMAT_OPTION
@OUT_OPTION
@language_options
@click.pass_context
@reports_errors
def build_overview(ctx, formats, out_dir):
    """The city overview ("at a glance") brief."""
    _build_one(ctx, "overview", "overview", formats, out_dir)


@main.command()
@click.argument("template")
@click.option("--subject", "-s", help="Entity slug the template is about (default: the city).")
@FORMAT_OPTION
@OUT_OPTION
@language_options
@click.pass_context
@reports_errors
def render(ctx, template, subject, formats, out_dir):
    """Render any template (a name under templates/, e.g. partner.md.j2) for a subject."""
    from .facts.store import load_store
    subject = subject or load_store(_project(ctx)).city.slug
    _build_one(ctx, "template", subject, formats, out_dir, template=template)


@build.command("event")
@click.argument("name")
@FORMAT_OPTION
@click.option("--out", "out_dir", type=click.Path(file_okay=False, path_type=Path),
              help="Output folder (default: out/events/NAME/ of the project).")
@language_options
@click.pass_context
@reports_errors
def build_event(ctx, name, formats, out_dir):
    """The one-page brief of the event in events/NAME/ (see docs/events.md), in the language
    its event.yaml is written in (`language:`)."""
    from .build import build_brief, parse_formats
    from .events import brief_request
    wanted = parse_formats(formats)
    project, store, event = _event(ctx, name)
    result = build_brief(project, store, brief_request(event), wanted,
                         out_dir or project.path("out") / "events" / name)
    for fmt, path in result.files.items():
        pages = result.pages.get(fmt)
        click.echo(f"wrote {path}" + (f" ({pages} page{'s' if pages != 1 else ''})" if pages else ""))


def _event(ctx: click.Context, name: str):
    """(project with the event's theme, store with the event as a subject, the event)."""
    from .events import event_folder, load_event, themed, with_event
    from .facts.store import load_store
    project = _project(ctx)
    event_folder(project, name)  # a bad name fails before the store is read
    store = load_store(project)
    event = load_event(project, store, name, ctx.obj.get("language"))
    return themed(project, event), with_event(store, event), event


@main.command("reference-docx")
@click.argument("path", required=False, type=click.Path(dir_okay=False, path_type=Path))
@click.option("--force", is_flag=True, help="Replace the file if there is one.")
@click.pass_context
@reports_errors
def reference_docx(ctx, path, force):
    """Write the reference document Word files start from (default: templates/reference.docx):
    restyle it in Word; what a style sets wins over brand (docs/styling.md)."""
    from .errors import RenderError
    from .render.reference import write_reference
    shown = path
    if path is None:  # the project's, named relative to the project folder
        project = _project(ctx)
        path = project.path("templates") / "reference.docx"
        shown = path.relative_to(project.root) if path.is_relative_to(project.root) else path
    if path.exists() and not force:
        raise RenderError("there is a reference document here already", path=str(shown),
                          hint="pass --force to replace it (its styles are lost), or another path")
    click.echo(f"wrote {write_reference(path)}")


@main.command("new-event")
@click.argument("name")
@click.option("--display-name", metavar="TEXT",
              help="The event's name as printed on the cover, any text (default: NAME in words, "
                   "korea-week -> Korea Week).")
@click.pass_context
@reports_errors
def new_event(ctx, name, display_name):
    """Scaffold events/NAME/event.yaml (every key, commented) and events/NAME/templates/.

    NAME is the event's folder: lower-case letters, digits and '-'.
    """
    from .events.scaffold import scaffold_event
    project = _project(ctx)
    for path in scaffold_event(project, name, display_name):
        click.echo(f"created {path.relative_to(project.root)}")
    click.echo(f"next: edit events/{name}/event.yaml, then run `briefgen build event {name}` "
               f"and `briefgen pack --event {name}`")


# --- review --------------------------------------------------------------------------------

@main.command()
@click.option("--port", default=8765, show_default=True, type=click.IntRange(1, 65535),
              help="Port to listen on.")
@click.option("--host", default="127.0.0.1", show_default=True,
              help="Address to listen on. Anything but this machine's own lets others on the "
                   "network change the store.")
@click.option("--no-browser", is_flag=True, help="Print the address without opening a browser.")
@click.pass_context
@reports_errors
def review(ctx, port, host, no_browser):
    """Serve the review page: inbox candidates, facts and brief previews in the browser."""
    try:
        from .review.server import serve
    except ImportError as exc:
        raise BriefgenError(f"the review page needs {exc.name}, which is not installed",
                            hint="pip install 'briefgen[review]'") from None
    serve(_project(ctx), host, port, not no_browser, click.echo,
          lambda message: click.echo(f"warning: {message}", err=True))


# --- pack ----------------------------------------------------------------------------------

@main.command()
@click.option("--config", "config_path", type=click.Path(dir_okay=False, path_type=Path),
              help="pack.yaml: title, audience, subjects and their order (default: everything).")
@FORMAT_OPTION
@click.option("--jobs", "-j", type=click.IntRange(1, 64),
              help="Parallel workers (default: one per core, at least 10 briefs each).")
@click.option("--keep-going", is_flag=True,
              help="Build the other briefs when one fails; exit 1 at the end.")
@click.option("--event", "event_name", metavar="NAME",
              help="Build the pack of the event in events/NAME/: its cover and brief, then its "
                   "partners and sectors.")
@click.option("--scheduler", metavar="ADDRESS",
              help="Render the briefs on a Dask cluster (tcp://HOST:PORT of its scheduler; needs "
                   "briefgen[cluster]); the pack is composed and bound here.")
@click.option("--scheduler-timeout", type=click.FloatRange(0.1), default=10.0, show_default=True,
              metavar="SECONDS", help="How long to wait for the scheduler and its first worker.")
@PACK_OUT_OPTION
@language_options
@click.pass_context
@reports_errors
def pack(ctx, config_path, formats, jobs, keep_going, event_name, scheduler, scheduler_timeout,
         out_dir):
    """Build the investor pack: cover, contents, every brief, sources appendix.

    The closing summary gives each brief's status, pages and facts: the facts it draws on,
    counted as `briefgen list` counts them.
    """
    import time

    from .build import parse_formats
    from .pack import build_pack, load_pack_config, pack_language
    from .progress import PackProgress, summary_table
    started = time.perf_counter()
    wanted = parse_formats(formats)
    if event_name is not None:
        if config_path:
            raise BriefgenError("--config and --event cannot be combined",
                                hint="an event pack takes its title and subjects from event.yaml")
        from .events import pack_config
        project, store, event = _event(ctx, event_name)
        config = pack_config(project, event)
        target = out_dir or project.path("out") / "events" / event_name
    else:
        project, store = _project(ctx), None
        config = load_pack_config(config_path, project, ctx.obj.get("language"))
        project = pack_language(project, config, ctx.obj.get("language"))
        target = out_dir or project.path("out") / ("pack" if project.language == "en"
                                                    else f"pack-{project.language}")
    with PackProgress() as progress:
        result = build_pack(project, store, config, wanted, target, jobs=jobs,
                            keep_going=keep_going, progress=progress, scheduler=scheduler,
                            scheduler_timeout=scheduler_timeout)
    summary_table(result, time.perf_counter() - started)
    if result.failed:
        sys.exit(EXIT_USER_ERROR)


if __name__ == "__main__":  # pragma: no cover
    main()
