"""Markdown (from a template) -> the document model.

Parsed with markdown-it-py (CommonMark + tables, raw HTML off, so `<tags>` stay text) plus one
inline rule for citation markers `[^N]`. The syntax tree is walked once; every block records its
template origin (path:line, mapped through the engine's line markers).

Beyond plain Markdown (see docs/templates.md):
- fenced directives: ```keyfigures, ```chart, ```figure, ```note (also info / warning),
  ```sources, ```pagebreak, ```spacer — see briefgen.compose.directives;
- a block quote is a note callout; a standalone image `![alt](path "caption")` is a figure;
- a paragraph `Table: caption` right after a table is that table's caption;
- priorities: end a heading or a paragraph with `{priority=2}`, or put `{priority=2}` alone in a
  paragraph before any block; directives take `priority=2` in their info string. A heading's
  priority covers its whole section;
- a paragraph's role: end it with `{.standfirst}` (the opening sentence, set larger) or
  `{.note}` (a footnote-style line), before any `{priority=N}`.
"""

from __future__ import annotations

import json
import re
from collections import deque
from dataclasses import replace
from typing import Any, Callable

from markdown_it import MarkdownIt
from markdown_it.rules_core import StateCore
from markdown_it.rules_inline import StateInline
from markdown_it.tree import SyntaxTreeNode

from briefgen import document as d
from briefgen.compose.templates import Rendered
from briefgen.errors import TemplateError

_CITATION = re.compile(r"\[\^(\d+)\]")
_TRAILING_PRIORITY = re.compile(r"(?<!\\)\{priority=([1-3])\}\s*$")
_PRIORITY_ONLY = re.compile(r"^\s*\{priority=([1-3])\}\s*$")
_TRAILING_ROLE = re.compile(r"(?<!\\)\{\.(" + "|".join(d.PARAGRAPH_ROLES) + r")\}\s*$")
_ALIGN = re.compile(r"text-align:(left|center|right)")


def _with_role(children: d.Inlines) -> tuple[d.Inlines, str | None]:
    """The inlines without a trailing `{.standfirst}` or `{.note}`, and that role."""
    last = children[-1] if children else None
    match = _TRAILING_ROLE.search(last.text) if isinstance(last, d.Text) else None
    if match is None:
        return children, None
    trimmed = last.text[:match.start()].rstrip()
    return children[:-1] + ((d.Text(trimmed),) if trimmed else ()), match.group(1)


def _citation_rule(state: StateInline, silent: bool) -> bool:
    match = _CITATION.match(state.src, state.pos)
    if not match:
        return False
    if not silent:
        token = state.push("citation", "", 0)
        token.meta = {"key": int(match.group(1))}
    state.pos = match.end()
    return True


def _top_level_blocks(tokens: list) -> list[list]:
    """Block tokens cut into the top-level blocks they open and close (a paragraph, a list, a
    table, a fence …)."""
    blocks, current, depth = [], [], 0
    for token in tokens:
        current.append(token)
        depth += token.nesting
        if depth == 0:
            blocks.append(current)
            current = []
    if current:
        blocks.append(current)
    return blocks


def markdown_parser() -> MarkdownIt:
    md = MarkdownIt("commonmark", {"html": False}).enable("table")
    md.inline.ruler.before("link", "citation", _citation_rule)
    return md


DirectiveHandler = Callable[[str, dict[str, str], str, Callable[[int], d.Origin], "BlockConverter"],
                            list[d.Block]]


class BlockConverter:
    """Walks a markdown-it syntax tree and builds blocks. `directive` handles fenced directives."""

    def __init__(self, rendered: Rendered, line_offset: int, directive: DirectiveHandler):
        self.rendered = rendered
        self.line_offset = line_offset
        self.directive = directive
        self.parser = markdown_parser()

    def origin(self, node: SyntaxTreeNode | None, extra: int = 0) -> d.Origin:
        if node is None or node.map is None:
            return d.Origin(self.rendered.path, None)
        return self.rendered.origin(self.line_offset + node.map[0] + extra)

    def error(self, node: SyntaxTreeNode | None, message: str) -> TemplateError:
        where = self.origin(node)
        return TemplateError(message, path=where.path, line=where.line)

    def convert(self, markdown: str) -> list[d.Block]:
        blocks: list[d.Block] = []
        pending_priority: int | None = None
        for node in self._top_level_nodes(markdown):
            if node.type == "paragraph" and _PRIORITY_ONLY.match(_inline(node).content):
                pending_priority = int(_PRIORITY_ONLY.match(_inline(node).content).group(1))
                continue
            if node.type == "paragraph" and _is_table_caption(node, blocks):
                blocks[-1] = replace(blocks[-1], caption=self._caption(node))
                continue
            new = self.block(node)
            if pending_priority is not None and new:
                new[0] = replace(new[0], priority=pending_priority)
                pending_priority = None
            blocks.extend(new)
        return blocks

    def _top_level_nodes(self, markdown: str):
        """The syntax tree's top-level nodes, one at a time, as markdown-it parses the whole:
        its blocks first (the core rules up to `block`: every link definition is known), then
        each top-level block's inline content (the rules after it) as its turn comes. So the
        inline tokens and the tree of one block are held at a time, not of the whole: a pack's
        sources appendix is some 1.6 MB of Markdown at 2,001 briefs."""
        rules = self.parser.core.ruler.getRules("")
        split = [rule.__name__ for rule in rules].index("block") + 1
        whole = StateCore(markdown, self.parser, {})
        for rule in rules[:split]:
            rule(whole)
        blocks = deque(_top_level_blocks(whole.tokens))
        whole.tokens = []  # the blocks hold them now, each let go once converted
        while blocks:
            state = StateCore(markdown, self.parser, whole.env)
            state.tokens = blocks.popleft()
            for rule in rules[split:]:
                rule(state)
            yield from SyntaxTreeNode(state.tokens).children

    def block(self, node: SyntaxTreeNode) -> list[d.Block]:
        handler = getattr(self, f"_block_{node.type}", None)
        if handler is None:
            raise self.error(node, f"unsupported Markdown element {node.type!r} in a brief")
        return handler(node)

    # --- block handlers ------------------------------------------------------------------

    def _block_heading(self, node: SyntaxTreeNode) -> list[d.Block]:
        children, priority = self._with_priority(_inline(node))
        return [d.Heading(min(int(node.tag[1]), 3), children, priority, self.origin(node))]

    def _block_paragraph(self, node: SyntaxTreeNode) -> list[d.Block]:
        inline = _inline(node)
        if len(inline.children) == 1 and inline.children[0].type == "image":
            return [self._image_figure(inline.children[0], node)]
        children, priority = self._with_priority(inline)
        children, role = _with_role(children)
        return [d.Paragraph(children, priority, self.origin(node), role)] if children else []

    def _block_bullet_list(self, node: SyntaxTreeNode) -> list[d.Block]:
        return [d.BulletList(self._items(node), origin=self.origin(node))]

    def _block_ordered_list(self, node: SyntaxTreeNode) -> list[d.Block]:
        start = int(node.attrs.get("start", 1))
        return [d.OrderedList(self._items(node), start, origin=self.origin(node))]

    def _block_blockquote(self, node: SyntaxTreeNode) -> list[d.Block]:
        children = tuple(b for child in node.children for b in self.block(child))
        return [d.Callout(children, origin=self.origin(node))]

    def _block_table(self, node: SyntaxTreeNode) -> list[d.Block]:
        sections = {child.type: child for child in node.children}
        head_row = sections["thead"].children[0]
        header = tuple(self.inlines(cell.children[0] if cell.children else None) for cell in head_row.children)
        align = tuple(_alignment(cell) for cell in head_row.children)
        body = sections.get("tbody")
        rows = tuple(tuple(self.inlines(cell.children[0] if cell.children else None) for cell in row.children)
                     for row in (body.children if body else []))
        return [d.Table(header, rows, None, align, origin=self.origin(node))]

    def _block_fence(self, node: SyntaxTreeNode) -> list[d.Block]:
        name, options = parse_info(node.info, lambda m: self.error(node, m))
        at = lambda body_line: self.origin(node, 1 + body_line)  # noqa: E731 - body line -> origin
        blocks = self.directive(name, options, node.content, at, self)
        priority = options.get("priority")
        if priority is not None and blocks:
            blocks[0] = replace(blocks[0], priority=_priority(priority, lambda m: self.error(node, m)))
        return blocks

    def _block_code_block(self, node: SyntaxTreeNode) -> list[d.Block]:
        raise self.error(node, "indented code block: briefs have no code; remove the indentation")

    def _block_hr(self, node: SyntaxTreeNode) -> list[d.Block]:
        return [d.Spacer(6.0, origin=self.origin(node))]

    def _block_html_block(self, node: SyntaxTreeNode) -> list[d.Block]:
        raise self.error(node, "raw HTML is not supported in briefs")

    # --- pieces ---------------------------------------------------------------------------

    def _items(self, node: SyntaxTreeNode) -> tuple[d.Inlines, ...]:
        items = []
        for item in node.children:
            parts: list[d.Inline] = []
            for child in item.children:
                if child.type != "paragraph":
                    raise self.error(child, "a list item may hold only text (nested lists and "
                                            "blocks are not supported in briefs)")
                if parts:
                    parts.append(d.LineBreak())
                parts.extend(self.inlines(_inline(child)))
            items.append(tuple(parts))
        return tuple(items)

    def _caption(self, node: SyntaxTreeNode) -> d.Inlines:
        children = self.inlines(_inline(node))
        first = children[0]
        assert isinstance(first, d.Text)
        rest = first.text[len("Table:"):].lstrip()
        return ((d.Text(rest),) if rest else ()) + children[1:]

    def _image_figure(self, image: SyntaxTreeNode, node: SyntaxTreeNode) -> d.Block:
        """A standalone image is a `figure` directive: its path is the template folder's, and it
        is checked as a figure's (a project file, a picture of bounded size)."""
        alt = "".join(c.content for c in image.children if c.type == "text")
        spec = {"image": str(image.attrs["src"]), "alt": alt,
                "caption": image.attrs.get("title") or None}
        if self.directive is None:  # converting without directives: the path as written
            return d.Figure(caption=spec["caption"], alt=alt, image=spec["image"],
                            origin=self.origin(node))
        (figure,) = self.directive("figure", {}, json.dumps(spec), lambda _: self.origin(node), self)
        return figure

    def _with_priority(self, inline: SyntaxTreeNode) -> tuple[d.Inlines, int | None]:
        match = _TRAILING_PRIORITY.search(inline.content)
        children = self.inlines(inline)
        if not match:
            return children, None
        last = children[-1]
        assert isinstance(last, d.Text)
        trimmed = _TRAILING_PRIORITY.sub("", last.text).rstrip()
        return children[:-1] + ((d.Text(trimmed),) if trimmed else ()), int(match.group(1))

    def inlines(self, node: SyntaxTreeNode | None) -> d.Inlines:
        if node is None:
            return ()
        return _trim(_merge(self._inline_children(node.children)))

    def _inline_children(self, nodes: list[SyntaxTreeNode]) -> list[d.Inline]:
        out: list[d.Inline] = []
        for node in nodes:
            out.extend(self._inline(node))
        return out

    def _inline(self, node: SyntaxTreeNode) -> list[d.Inline]:
        kind = node.type
        if kind in ("text", "code_inline"):
            return [d.Text(node.content)]
        if kind == "softbreak":
            return [d.Text(" ")]
        if kind == "hardbreak":
            return [d.LineBreak()]
        if kind == "citation":
            return [d.CitationRef(node.meta["key"])]
        wrappers = {"strong": d.Strong, "em": d.Emphasis}
        if kind in wrappers:
            return [wrappers[kind](tuple(_merge(self._inline_children(node.children))))]
        if kind == "link":
            page = node.attrs.get("title") == "page"  # [text](#anchor "page"): with its page number
            return [d.Link(str(node.attrs["href"]), tuple(_merge(self._inline_children(node.children))),
                           page)]
        if kind == "image":
            raise self.error(None, "an image must stand alone in its paragraph to be a figure")
        raise self.error(None, f"unsupported inline Markdown {kind!r}")


def _inline(node: SyntaxTreeNode) -> SyntaxTreeNode:
    return node.children[0]


def _is_table_caption(node: SyntaxTreeNode, blocks: list[d.Block]) -> bool:
    return bool(blocks) and isinstance(blocks[-1], d.Table) and \
        _inline(node).content.startswith("Table:")


def _alignment(cell: SyntaxTreeNode) -> str | None:
    match = _ALIGN.search(str(cell.attrs.get("style", "")))
    return match.group(1) if match else None


def _merge(nodes: list[d.Inline]) -> list[d.Inline]:
    """Join neighbouring Text nodes (markdown-it splits text at every special character)."""
    merged: list[d.Inline] = []
    for node in nodes:
        if isinstance(node, d.Text) and merged and isinstance(merged[-1], d.Text):
            merged[-1] = d.Text(merged[-1].text + node.text)
        else:
            merged.append(node)
    return merged


def _trim(nodes: list[d.Inline]) -> d.Inlines:
    if nodes and isinstance(nodes[0], d.Text):
        nodes[0] = d.Text(nodes[0].text.lstrip())
    if nodes and isinstance(nodes[-1], d.Text):
        nodes[-1] = d.Text(nodes[-1].text.rstrip())
    return tuple(n for n in nodes if not (isinstance(n, d.Text) and not n.text))


def parse_info(info: str, error: Callable[[str], Exception]) -> tuple[str, dict[str, str]]:
    """```chart priority=2 title="Trade by year"``` -> ('chart', {'priority': '2', 'title': ...})."""
    import shlex
    try:
        words = shlex.split(info)
    except ValueError as exc:
        raise error(f"cannot read the directive line {info!r}: {exc}") from None
    if not words:
        raise error("a fenced block needs a directive name (keyfigures, chart, figure, note, "
                    "sources, pagebreak, spacer)")
    options: dict[str, str] = {}
    for word in words[1:]:
        key, sep, value = word.partition("=")
        if not sep:
            raise error(f"directive option {word!r} is not key=value")
        options[key] = value
    return words[0], options


def _priority(text: Any, error: Callable[[str], Exception]) -> int:
    if str(text) not in ("1", "2", "3"):
        raise error(f"priority must be 1, 2 or 3, not {text!r}")
    return int(text)
