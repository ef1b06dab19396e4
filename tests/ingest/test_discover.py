"""Path expansion: folders, files, globs, symlink loops, determinism."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from caseboard.ingest.discover import Candidate, detect_format, discover, file_extension
from caseboard.ingest.patterns import expand_pattern
from caseboard.records import Skipped


def _tree(root: Path) -> Path:
    for rel in [
        "b/two.txt",
        "a/one.html",
        "a/deep/three.md",
        "a/skip.pdf",
        "c.jsonl",
        ".hidden/x.txt",
        "z.warc.gz",
    ]:
        path = root / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text("text")
    return root


def _shown(items: list[Candidate | Skipped], root: Path) -> list[str]:
    return [
        os.path.relpath(i.path, root) + ("" if isinstance(i, Candidate) else " !" + i.reason) for i in items
    ]


def test_folder_walk_is_sorted_recursive_and_filtered(tmp_path: Path) -> None:
    items = list(discover([str(_tree(tmp_path))]))
    assert _shown(items, tmp_path) == ["a/deep/three.md", "a/one.html", "b/two.txt", "c.jsonl", "z.warc.gz"]
    assert [i.fmt for i in items if isinstance(i, Candidate)] == ["text", "html", "text", "jsonl", "warc"]


def test_walk_order_does_not_depend_on_creation_order(tmp_path: Path) -> None:
    first, second = tmp_path / "one", tmp_path / "two"
    for root, names in ((first, ["c.txt", "a.txt", "b.txt"]), (second, ["b.txt", "c.txt", "a.txt"])):
        root.mkdir()
        for name in names:
            (root / name).write_text(name)
    assert [os.path.basename(i.path) for i in discover([str(first)])] == ["a.txt", "b.txt", "c.txt"]
    assert [os.path.basename(i.path) for i in discover([str(second)])] == ["a.txt", "b.txt", "c.txt"]


def test_paths_keep_the_folder_as_given(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    _tree(tmp_path)
    monkeypatch.chdir(tmp_path)
    assert [i.path for i in discover(["b/"])] == ["b/two.txt"]
    assert [i.path for i in discover(["./b"])] == ["./b/two.txt"]


def test_explicit_unsupported_file_is_reported_but_walked_ones_are_ignored(tmp_path: Path) -> None:
    _tree(tmp_path)
    pdf = str(tmp_path / "a" / "skip.pdf")
    assert list(discover([pdf])) == [Skipped(pdf, "unsupported file type .pdf")]
    assert all(not i.path.endswith(".pdf") for i in discover([str(tmp_path)]))


def test_folder_without_supported_files_says_what_it_ignored(tmp_path: Path) -> None:
    (tmp_path / "x.pdf").write_text("x")
    (tmp_path / "y.pdf").write_text("y")
    (tmp_path / "z.docx").write_text("z")
    assert list(discover([str(tmp_path)])) == [
        Skipped(str(tmp_path), "no supported files in this folder (ignored: 1 .docx, 2 .pdf)")
    ]


def test_missing_path_is_skipped(tmp_path: Path) -> None:
    missing = str(tmp_path / "nowhere.txt")
    assert list(discover([missing])) == [Skipped(missing, "no such file or folder")]


def test_symlink_loops_end_and_are_reported(tmp_path: Path) -> None:
    _tree(tmp_path)
    os.symlink("..", tmp_path / "a" / "up")
    os.symlink("../..", tmp_path / "a" / "deep" / "up2")
    os.symlink("self.txt", tmp_path / "self.txt")
    items = list(discover([str(tmp_path)]))
    shown = _shown(items, tmp_path)
    assert "a/deep/up2 !symlink loop (leads back to " + str(tmp_path) + ")" in shown
    assert "self.txt !symlink loop" in shown
    assert [s for s in shown if "!" not in s] == [
        "a/deep/three.md",
        "a/one.html",
        "b/two.txt",
        "c.jsonl",
        "z.warc.gz",
    ]


def test_same_file_twice_is_read_once(tmp_path: Path) -> None:
    _tree(tmp_path)
    one = str(tmp_path / "b" / "two.txt")
    items = list(discover([one, str(tmp_path / "b")]))
    assert items == [Candidate(one, "text"), Skipped(one, f"same file as {one} (read once)")]


def test_broken_symlink_is_explained(tmp_path: Path) -> None:
    link = tmp_path / "gone.txt"
    os.symlink(tmp_path / "missing.txt", link)
    (reason,) = [i.reason for i in discover([str(link)]) if isinstance(i, Skipped)]
    assert reason.startswith("broken symlink")


def test_glob_patterns(tmp_path: Path) -> None:
    _tree(tmp_path)
    os.symlink("..", tmp_path / "a" / "up")
    os.symlink("..", tmp_path / "a" / "up_again")
    found = [os.path.relpath(p, tmp_path) for p in expand_pattern(f"{tmp_path}/**/*.txt")]
    assert found == ["b/two.txt"]  # hidden folder skipped, loops not followed
    found = [os.path.relpath(p, tmp_path) for p in expand_pattern(f"{tmp_path}/**/*.m?")]
    assert found == ["a/deep/three.md"]
    assert [os.path.relpath(i.path, tmp_path) for i in discover([f"{tmp_path}/[ab]/*.*"])] == [
        "a/one.html",
        "b/two.txt",
    ]


def test_glob_matching_a_folder_and_its_files_reads_each_file_once(tmp_path: Path) -> None:
    _tree(tmp_path)
    paths = [i.path for i in discover([f"{tmp_path}/**"])]
    assert len(paths) == len(set(paths)) == 5


def test_glob_without_matches(tmp_path: Path) -> None:
    pattern = f"{tmp_path}/*.txt"
    assert list(discover([pattern])) == [Skipped(pattern, "no files match this pattern")]


def test_relative_glob(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    _tree(tmp_path)
    monkeypatch.chdir(tmp_path)
    assert list(expand_pattern("**/*.md")) == ["a/deep/three.md"]
    assert list(expand_pattern("*.jsonl")) == ["c.jsonl"]


@pytest.mark.parametrize(
    ("name", "fmt", "ext"),
    [
        ("a.TXT", "text", ".txt"),
        ("a.md.gz", "text", ".md.gz"),
        ("a.htm", "html", ".htm"),
        ("a.html.gz", "html", ".html.gz"),
        ("a.jsonl", "jsonl", ".jsonl"),
        ("a.warc.gz", "warc", ".warc.gz"),
        ("a.pdf", None, ".pdf"),
        ("archive.tar.gz", None, ".tar.gz"),
        ("README", None, "(none)"),
    ],
)
def test_formats_from_names(name: str, fmt: str | None, ext: str) -> None:
    assert detect_format(name) == fmt
    assert file_extension(name) == ext
