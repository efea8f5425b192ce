"""Paths named by a user or a shared project never lead outside it: `facts accept` consumes only
files of facts/_inbox/, and briefgen.yaml's folders and logo stay inside the project."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from briefgen.errors import ConfigError
from briefgen.safety.paths import is_within, within


def snapshot(*folders: Path) -> dict[str, bytes]:
    """Every file under the folders (links not followed), with its bytes."""
    files = {}
    for folder in folders:
        for path in sorted(folder.rglob("*")):
            if path.is_file() and not path.is_symlink():
                files[str(path)] = path.read_bytes()
    return files


@pytest.fixture
def outside(tmp_path: Path) -> Path:
    folder = tmp_path / "elsewhere"
    folder.mkdir()
    (folder / "precious.yaml").write_text("facts:\n", encoding="utf-8")
    return folder


def _accept_targets(mini: Path, outside: Path) -> list[Path]:
    inbox = mini / "facts" / "_inbox"
    inbox.mkdir(parents=True, exist_ok=True)
    (inbox / "to-store.yaml").symlink_to(mini / "facts" / "korea.yaml")
    (inbox / "to-outside.yaml").symlink_to(outside / "precious.yaml")
    return [mini / "briefgen.yaml", mini / "seeds" / "news.txt", mini / "facts" / "korea.yaml",
            mini / "facts" / "entities.yaml", outside / "precious.yaml",
            inbox / "to-store.yaml", inbox / "to-outside.yaml",
            inbox / ".." / "korea.yaml", mini / "facts" / "_inbox"]


def test_accept_consumes_nothing_outside_the_inbox(run, mini, outside):
    targets = _accept_targets(mini, outside)
    before = snapshot(mini, outside)
    for target in targets:
        result = run("--project", mini, "facts", "accept", target)
        assert result.exit_code in (1, 2), (target, result.output)
        assert "Traceback" not in result.output
        if result.exit_code == 1:
            assert "not a file of the review inbox" in result.stderr, result.stderr
    assert snapshot(mini, outside) == before
    assert all(p.is_symlink() for p in (mini / "facts" / "_inbox").iterdir())


def test_accept_refuses_an_inbox_folder_that_links_out(run, mini, outside):
    (mini / "facts" / "_inbox").symlink_to(outside)
    before = snapshot(outside)
    result = run("--project", mini, "facts", "accept", mini / "facts" / "_inbox" / "precious.yaml")
    assert result.exit_code == 1 and "the review inbox is a link" in result.stderr
    assert snapshot(outside) == before


def test_accept_leaves_an_inbox_file_without_candidates(run, mini):
    inbox = mini / "facts" / "_inbox"
    inbox.mkdir(parents=True)
    (inbox / "notes.yaml").write_text("# my review notes\nfacts:\n", encoding="utf-8")
    result = run("--project", mini, "facts", "accept", inbox / "notes.yaml")
    assert result.exit_code == 0, result.output
    assert (inbox / "notes.yaml").read_text(encoding="utf-8") == "# my review notes\nfacts:\n"


def test_accepted_folder_that_links_out_is_refused(run, mini, outside):
    seed = mini / "seeds" / "news.txt"
    assert run("--project", mini, "facts", "extract", "--inbox", seed).exit_code == 0
    inbox_files = list((mini / "facts" / "_inbox").glob("*.yaml"))
    if not inbox_files:
        pytest.skip("the mini seed gives no new candidates")
    (mini / "facts" / "accepted").symlink_to(outside)
    before = snapshot(outside)
    result = run("--project", mini, "facts", "accept", inbox_files[0])
    assert result.exit_code in (0, 1) and "Traceback" not in result.output
    assert snapshot(outside) == before


@pytest.mark.parametrize("key", ["facts", "seeds", "templates", "events", "out", "cache"])
@pytest.mark.parametrize("value", ["..", "../elsewhere", "/tmp", "/", "link-out", "a/../../b"])
def test_project_folders_stay_inside_the_project(run, mini, outside, key, value):
    (mini / "link-out").symlink_to(outside)
    config = mini / "briefgen.yaml"
    config.write_text(config.read_text(encoding="utf-8") + f"paths:\n  {key}: {value!r}\n",
                      encoding="utf-8")
    result = run("--project", mini, "facts", "check")
    assert result.exit_code == 1
    line = len(config.read_text(encoding="utf-8").splitlines())
    assert f"briefgen.yaml:{line}: paths/{key} {value!r} leads outside" in result.stderr


NOT_A_PATH = "is not a path (write a path relative to the project folder)"
OUTSIDE = "(name a file or folder inside the project (links that lead out are refused too))"


@pytest.mark.parametrize("setting, written, message", [
    ("paths:\n  seeds: '   '", "paths/seeds '   '", NOT_A_PATH),
    ('brand:\n  logo: "logo\\0.png"', "brand/logo 'logo\\x00.png'", NOT_A_PATH),
    ("paths:\n  out: ../elsewhere", "paths/out '../elsewhere'", "leads outside {root} " + OUTSIDE),
    ("brand:\n  logo: link-out/precious.yaml", "brand/logo 'link-out/precious.yaml'",
     "leads outside {root} " + OUTSIDE),
])
def test_a_path_that_is_none_or_leads_out_is_named_with_its_line_and_what_to_do(
        run, mini, outside, setting, written, message):
    (mini / "link-out").symlink_to(outside)
    config = mini / "briefgen.yaml"
    config.write_text(config.read_text(encoding="utf-8") + setting + "\n", encoding="utf-8")
    before = snapshot(mini, outside)
    result = run("--project", mini, "facts", "check")
    assert result.exit_code == 1 and "Traceback" not in result.output
    line = len(config.read_text(encoding="utf-8").splitlines())
    assert result.stderr.strip() == \
        f"error: {config}:{line}: {written} {message.format(root=mini.resolve())}"
    assert snapshot(mini, outside) == before


@pytest.mark.parametrize("logo,message", [
    ("/etc/passwd", "leads outside"), ("../elsewhere/precious.yaml", "leads outside"),
    ("missing.png", "not found"), ("seeds/news.txt", "is not a PNG or JPEG image"),
    ("big.png", "is larger than 5 MB"),
])
def test_brand_logo_is_a_project_image(run, mini, outside, logo, message):
    with open(mini / "big.png", "wb") as handle:
        handle.write(b"\x89PNG\r\n\x1a\n")
        handle.truncate(6_000_000)
    config = mini / "briefgen.yaml"
    config.write_text(config.read_text(encoding="utf-8") + f"brand:\n  logo: {logo!r}\n",
                      encoding="utf-8")
    result = run("--project", mini, "facts", "check")
    assert result.exit_code == 1, result.output
    assert f"brand/logo {logo!r} {message}" in result.stderr, result.stderr


# --- the resolver itself, with generated paths -------------------------------------------------

_PARTS = st.sampled_from(["..", ".", "a", "b", "in", "out", "loop", "/", "//", "\x00", ""])


@pytest.fixture(scope="module")
def tree(tmp_path_factory) -> Path:
    base = tmp_path_factory.mktemp("tree")
    root = base / "project"
    (root / "a" / "b").mkdir(parents=True)
    (base / "secret").mkdir()
    (root / "a" / "in").symlink_to(root / "a" / "b")
    (root / "a" / "out").symlink_to(base / "secret")
    (root / "out").symlink_to(base / "secret")
    (root / "in").symlink_to(root / "a")
    (root / "loop").symlink_to(root / "loop")
    return root


@settings(max_examples=400, deadline=None)
@given(parts=st.lists(_PARTS, max_size=8))
def test_within_returns_only_paths_inside(tree, parts):
    written = "/".join(parts)
    try:
        found = within(tree, written, what="path")
    except ConfigError as error:
        assert "Traceback" not in str(error)
        return
    real = os.path.realpath(found)
    assert os.path.commonpath([real, os.path.realpath(tree)]) == os.path.realpath(tree)
    assert is_within(tree, found)


def test_brand_logo_is_printed_on_the_pack_cover_in_both_formats(run, mini):
    """A logo that passes the checks is used, not only checked: it is the picture on the pack's
    cover page in the PDF and the first picture of the DOCX, which opens with the cover."""
    import shutil

    import docx
    import pikepdf
    from PIL import Image

    shutil.copytree(Path(__file__).parents[2] / "templates", mini / "templates")
    Image.new("RGB", (240, 80), (11, 60, 93)).save(mini / "logo.png")
    config = mini / "briefgen.yaml"
    config.write_text(config.read_text(encoding="utf-8") + "brand:\n  logo: logo.png\n",
                      encoding="utf-8")
    result = run("--project", mini, "pack")
    assert result.exit_code == 0, result.output
    pdf_path = next((mini / "out").rglob("investor-pack.pdf"))
    with pikepdf.open(pdf_path) as pdf:
        sizes = [(int(i.Width), int(i.Height)) for i in pdf.pages[0].get_images().values()]
    assert sizes == [(240, 80)]
    document = docx.Document(pdf_path.with_suffix(".docx"))
    first = document.inline_shapes[0]
    assert first.width > 0
    assert first._inline.docPr.get("descr").startswith("Logo of ")


def test_templates_are_read_only_from_inside_the_template_folders(run, mini, outside):
    """A link in a shared project's templates/ to /etc let `{% include 'etc/passwd' %}` print
    the file in a brief."""
    import shutil
    shutil.copytree(Path(__file__).parents[2] / "templates", mini / "templates")
    (outside / "secret.md.j2").write_text("SECRET-WORDS\n", encoding="utf-8")
    (mini / "templates" / "elsewhere").symlink_to(outside)
    partner = mini / "templates" / "partner.md.j2"
    partner.write_text("---\ntitle: X\n---\n{% include 'elsewhere/secret.md.j2' %}\n",
                       encoding="utf-8")
    result = run("--project", mini, "build", "partner", "korea", "--format", "pdf")
    assert result.exit_code == 1, result.output
    assert ("templates/partner.md.j2:4: template 'elsewhere/secret.md.j2' not found: templates "
            "can include, import and extend only templates from the template folders") \
        in result.stderr, result.stderr
    partner.unlink()
    partner.symlink_to(outside / "secret.md.j2")  # the brief's own template
    result = run("--project", mini, "build", "partner", "korea", "--format", "pdf")
    assert result.exit_code == 1 and "template 'partner.md.j2' not found" in result.stderr
    assert not (mini / "out").exists()


def _tree(folder: Path) -> dict[str, bytes | None]:
    """Every entry under `folder` (folders as None), links not followed."""
    return {str(p.relative_to(folder)): (p.read_bytes() if p.is_file() else None)
            for p in sorted(folder.rglob("*"))}


def test_a_pack_folder_that_links_out_is_refused_before_anything_is_touched(run, mini, outside):
    """out/pack a link to a home folder: nothing written there, and neither the old-looking
    temporary file nor the files a planted manifest names are removed."""
    (outside / "manifest.json").write_text('{"pack": {}, "documents": {}}', encoding="utf-8")
    old = outside / ".notes.txt.part"
    old.write_text("a draft", encoding="utf-8")
    os.utime(old, (0, 0))
    (mini / "out").mkdir()
    (mini / "out" / "pack").symlink_to(outside)
    before = _tree(outside)
    result = run("--project", mini, "pack", "--jobs", "1")
    assert result.exit_code == 1
    assert "out/pack: this folder leads outside the project" in result.output
    assert "Traceback" not in result.output
    assert _tree(outside) == before


def test_a_brief_folder_that_links_out_is_refused(run, mini, outside):
    import shutil

    from conftest import REPO
    shutil.copytree(REPO / "templates", mini / "templates")
    (mini / "out").mkdir()
    (mini / "out" / "briefs").symlink_to(outside)
    before = _tree(outside)
    result = run("--project", mini, "build", "partner", "korea", "--out", mini / "out" / "briefs")
    assert result.exit_code == 1 and "leads outside the project" in result.output
    assert _tree(outside) == before


@pytest.mark.parametrize("planted", ["elsewhere", "another-project"])
def test_no_file_is_written_through_a_link_out_of_a_project(mini, tmp_path, planted):
    """The one check every write passes (outputs.own_folder), caches included: a cache that
    would be written through a link out is not written (costing speed), an output is an
    error. A link to another project's folder is refused too (it holds briefgen.yaml)."""
    from briefgen.errors import RenderError
    from briefgen.outputs import write_bytes
    from briefgen.safety.cache_files import read_bytes, write_bytes as write_cache
    target = tmp_path / planted
    target.mkdir()
    if planted == "another-project":
        (target / "briefgen.yaml").write_text("name: other\n", encoding="utf-8")
    before = _tree(target)
    (mini / ".cache").mkdir()
    (mini / ".cache" / "charts").symlink_to(target)
    write_cache(mini / ".cache" / "charts" / "x.pickle", "fitted", b"payload")
    with pytest.raises(RenderError, match="leads outside the project"):
        write_bytes(mini / ".cache" / "charts" / "sub" / "y.pdf", b"data")
    assert _tree(target) == before
    assert read_bytes(mini / ".cache" / "charts" / "x.pickle", "fitted") is None
    write_bytes(target / "z.pdf", b"data")  # outside the project, named as such: the caller's choice
    assert (target / "z.pdf").read_bytes() == b"data"


def test_a_seed_linked_out_of_seeds_verifies_no_quote(run, mini, outside):
    """seeds/news.txt a link to a file of the user's (with the very sentences the facts quote):
    its text is read nowhere, so no quote can be proved against it or printed from it."""
    (outside / "private.txt").write_bytes((mini / "seeds" / "news.txt").read_bytes())
    (mini / "seeds" / "news.txt").unlink()
    (mini / "seeds" / "news.txt").symlink_to(outside / "private.txt")
    result = run("--project", mini, "facts", "check")
    assert result.exit_code == 1
    assert "facts/korea.yaml:12: kr.fdi-signed: seed file 'news.txt' cannot be read: it is a " \
           "link out of seeds/" in result.output
    assert "quotes verified" not in result.output


def test_a_seed_named_with_a_folder_is_not_read(run, mini):
    """A seed is a file of seeds/ itself: 'sub/news.txt' names none, even where it exists."""
    (mini / "seeds" / "sub").mkdir()
    shutil.copy(mini / "seeds" / "news.txt", mini / "seeds" / "sub" / "news.txt")
    facts = mini / "facts" / "korea.yaml"
    facts.write_text(facts.read_text(encoding="utf-8").replace("seed: news.txt",
                                                               "seed: sub/news.txt"), encoding="utf-8")
    result = run("--project", mini, "facts", "check")
    assert result.exit_code == 1
    assert "facts/korea.yaml:12: kr.fdi-signed: seed file 'sub/news.txt' not found in seeds/" \
        in result.stderr and "quotes verified" not in result.output


def test_a_seed_linked_to_another_seed_is_read(run, mini):
    """A link that stays inside seeds/ (another name for the same document) is followed."""
    (mini / "seeds" / "Xinhua-news.txt").symlink_to("news.txt")
    index = mini / "seeds" / "index.yaml"
    index.write_text(index.read_text(encoding="utf-8") + "  Xinhua-news.txt:\n    title: The "
                     "same item\n    outlet: Test Daily\n    date: 2019-05-20\n    description: "
                     "The same news item under another name.\n", encoding="utf-8")
    facts = mini / "facts" / "korea.yaml"
    facts.write_text(facts.read_text(encoding="utf-8").replace("seed: news.txt",
                                                               "seed: Xinhua-news.txt"), encoding="utf-8")
    result = run("--project", mini, "facts", "check")
    assert result.exit_code == 0, result.output
    assert "6 quotes verified against 2 seeds" in result.output


def test_a_seed_that_is_not_utf8_is_read_without_a_traceback(run, mini):
    seed = mini / "seeds" / "news.txt"
    seed.write_bytes(seed.read_bytes() + b"\n\xff\xfe caf\xe9\n")
    for command in (("facts", "check"), ("audit",), ("facts", "list")):
        result = run("--project", mini, *command)  # an exception would propagate from run
        assert result.exit_code in (0, 1) and "Traceback" not in result.output, command
    assert run("--project", mini, "facts", "check").exit_code == 0  # its quotes are still there


@pytest.mark.parametrize("name", ["more.yaml", "entities.yaml"])
def test_a_fact_file_linked_out_of_facts_is_not_read(run, mini, outside, name):
    (outside / "precious.yaml").write_text("facts:\n  - id: secret-text-of-yours\n", encoding="utf-8")
    target = mini / "facts" / name
    target.unlink(missing_ok=True)
    target.symlink_to(outside / "precious.yaml")
    result = run("--project", mini, "facts", "check")
    assert result.exit_code == 1
    assert f"facts/{name}: this file leads outside facts/ (a link)" in result.output
    assert "secret-text-of-yours" not in result.output


def test_a_folder_beside_the_project_named_with_dots_is_the_caller_s_own(mini, monkeypatch):
    """`--out ../published` from the project's folder: no folder of the project, so no link
    out of it; one that goes back in through a link out is still refused."""
    from briefgen.errors import RenderError
    from briefgen.outputs import own_folder, write_bytes
    monkeypatch.chdir(mini)
    write_bytes(Path("../published/x.pdf"), b"data")
    assert (mini.parent / "published" / "x.pdf").read_bytes() == b"data"
    (mini / "out").mkdir()
    (mini / "out" / "link").symlink_to(mini.parent / "published")
    with pytest.raises(RenderError, match="leads outside the project"):
        own_folder(Path("out/link/../sub"))
    # nor one whose '..' after a link out climbs, by its letters, out of the project too
    (mini.parent / "published" / "a" / "b").mkdir(parents=True)
    (mini / "out" / "deep").symlink_to(mini.parent / "published" / "a" / "b")
    with pytest.raises(RenderError, match="leads outside the project"):
        own_folder(Path("out/deep/../../../../elsewhere"))


def test_a_reference_document_linked_out_of_the_project_is_refused(run, mini, outside):
    """A Word brief starts from the whole reference document: a link to a document of the
    user's would carry its parts (headers, media, properties) into the briefs."""
    import shutil

    from conftest import REPO
    shutil.copytree(REPO / "templates", mini / "templates")
    (mini / "templates" / "reference.docx").rename(outside / "theirs.docx")
    (mini / "templates" / "reference.docx").symlink_to(outside / "theirs.docx")
    result = run("--project", mini, "build", "partner", "korea", "--format", "docx")
    assert result.exit_code == 1
    assert "templates/reference.docx: this file leads outside the project (a link)" in result.stderr
    assert not (mini / "out").exists() or not list((mini / "out").glob("*.docx"))


def test_a_reference_document_in_a_template_folder_linked_out_is_refused(run, mini, outside):
    """templates/ itself a link to a folder of the user's: its reference.docx is no file of
    the project either."""
    import shutil

    from conftest import REPO
    shutil.copytree(REPO / "templates", outside / "templates")
    (mini / "templates").symlink_to(outside / "templates")
    result = run("--project", mini, "build", "partner", "korea", "--format", "docx")
    assert result.exit_code == 1
    assert "templates/reference.docx: this file leads outside the project (a link)" in result.stderr
