"""Progress bar and closing summary of a pack build (rich, on stderr)."""

from __future__ import annotations


class PackProgress:
    """A rich progress bar over the briefs being rendered; silent when nothing renders."""

    def __enter__(self) -> "PackProgress":
        from rich.console import Console
        from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn
        console = Console(stderr=True)
        # off a terminal (a pipe, a log) there is no bar to redraw: stopping one there printed
        # an empty line before the errors
        self._progress = Progress(TextColumn("{task.fields[phase]}"), BarColumn(),
                                  MofNCompleteColumn(), TextColumn("{task.description}"),
                                  console=console, transient=True,
                                  disable=not console.is_terminal)
        self._task = None
        self._started = False
        return self

    def start(self, total: int, phase: str = "rendering") -> None:
        """A new bar for a phase of `total` steps (the previous phase's bar is removed)."""
        if not total:
            return
        if not self._started:
            self._progress.start()
            self._started = True
        if self._task is not None:
            self._progress.remove_task(self._task)
        self._task = self._progress.add_task("", total=total, phase=phase)

    def stage(self, phase: str) -> None:
        """A step of unknown length (binding the pack): a moving bar in place of the last."""
        self.start(1, phase)
        self._progress.update(self._task, total=None)

    def advance(self, item) -> None:
        if self._task is not None:
            self._progress.update(self._task, advance=1, description=item.name)

    def __exit__(self, *exc) -> None:
        if self._started:  # stopping a bar never shown printed an empty line before errors
            self._progress.stop()


LISTED_BRIEFS = 40  # a longer pack's summary counts its briefs by status instead of listing them


def summary_table(result, seconds: float) -> None:
    """One line per brief (rendered, unchanged or failed), or for a long pack one per status;
    then every failure and the pack files."""
    from rich.console import Console
    from rich.table import Table
    console = Console(stderr=True)
    from .text import counted
    console.print(f"Investor pack: {counted(len(result.items), 'brief')} in {seconds:.2f} s",
                  highlight=False)
    table = Table()
    if len(result.items) <= LISTED_BRIEFS:
        for column in ("brief", "status", "pages", "facts"):
            table.add_column(column)
        for item in result.items:
            table.add_row(item.name, _status(item), str(item.pages.get("pdf", "-")), str(len(item.facts)))
    else:
        by_status: dict[str, list] = {}
        for item in result.items:
            by_status.setdefault(_status(item), []).append(item)
        for column in ("status", "briefs", "pages"):
            table.add_column(column)
        for status, items in by_status.items():
            table.add_row(status, str(len(items)), str(sum(i.pages.get("pdf", 0) for i in items)))
    console.print(table)
    # soft_wrap: a path is never broken by a newline (a narrow terminal folds it, copying keeps it)
    for item in result.failed:
        console.print(f"[red]error:[/red] {item.name}: {item.error}", highlight=False, soft_wrap=True)
    verb = "wrote" if result.rebuilt_pack else "unchanged"
    for path in result.files.values():
        console.print(f"{verb} {path}", highlight=False, soft_wrap=True, markup=False)


def _status(item) -> str:
    return "failed" if item.error else "rendered" if item.rendered else "unchanged"
