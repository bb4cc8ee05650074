"""The user's own dictionary: added words are not flagged, persist in the data folder,
stay in their language, and clear an underline at the very next check."""

from __future__ import annotations

import pytest

from composer.engine import Engine
from composer.model import Post
from composer.settings import data_dir
from composer.spelling import (
    add_to_user_dictionary,
    dictionary_path,
    is_correct,
    remove_from_user_dictionary,
    user_words,
    userdict,
)


def test_added_word_is_accepted_and_written_to_the_data_folder() -> None:
    assert not is_correct("Kortesus", "fi")
    add_to_user_dictionary("fi", "Kortesus")
    assert is_correct("Kortesus", "fi")
    path = dictionary_path("fi")
    assert path.parent.parent == data_dir()
    assert path.read_text(encoding="utf-8").splitlines() == ["Kortesus"]


def test_words_survive_a_restart() -> None:
    add_to_user_dictionary("sv", "Vasklot")
    add_to_user_dictionary("sv", "Öjahamnen")
    userdict._cache.clear()  # as in a new process: read from the file again
    assert user_words("sv") == {"Vasklot", "Öjahamnen"}
    assert is_correct("Vasklot", "sv")


def test_words_are_kept_per_language() -> None:
    add_to_user_dictionary("en", "Kortesus")
    assert is_correct("Kortesus", "en")
    assert not is_correct("Kortesus", "fi")
    assert not is_correct("Kortesus", "sv")


def test_finnish_case_forms_of_an_added_name_are_accepted() -> None:
    add_to_user_dictionary("fi", "Katleena")
    for form in ("Katleena", "Katleenan", "Katleenalle", "Katleenakin"):
        assert is_correct(form, "fi"), form
    assert not is_correct("Katleenanaa", "fi")


def test_removing_a_word_flags_it_again() -> None:
    add_to_user_dictionary("fi", "Kortesus")
    assert remove_from_user_dictionary("fi", "Kortesus")
    assert not is_correct("Kortesus", "fi")
    assert not remove_from_user_dictionary("fi", "Kortesus")
    assert user_words("fi") == frozenset()


def test_adding_twice_keeps_one_entry() -> None:
    add_to_user_dictionary("fi", "Kortesus")
    add_to_user_dictionary("fi", " Kortesus ")
    assert dictionary_path("fi").read_text(encoding="utf-8") == "Kortesus\n"


@pytest.mark.parametrize("word", ["", "  ", "kaksi sanaa", "rivi\nvaihto"])
def test_only_single_words_can_be_added(word: str) -> None:
    with pytest.raises(ValueError):
        add_to_user_dictionary("fi", word)


def test_unknown_language_is_refused() -> None:
    with pytest.raises(ValueError):
        add_to_user_dictionary("de", "Wort")


def test_adding_clears_the_finding_at_the_next_check_of_the_same_text() -> None:
    engine = Engine()
    post = Post(organisation="kokkola",
                versions={"fi": "Kirjailija Katleena Kortesus vierailee kirjastossa."})
    flagged = {post.versions["fi"][f.start:f.end]
               for f in engine.check(post, families=["spelling"])}
    assert flagged == {"Katleena", "Kortesus"}
    add_to_user_dictionary("fi", "Kortesus")
    flagged = {post.versions["fi"][f.start:f.end]
               for f in engine.check(post, families=["spelling"])}
    assert flagged == {"Katleena"}


def test_blank_lines_in_the_dictionary_file_are_ignored() -> None:
    path = dictionary_path("fi")
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text("Kortesus\n\n  \nKatleena\n", encoding="utf-8")
    assert user_words("fi") == {"Kortesus", "Katleena"}
