"""The characters a cue pattern can end (or start) with.

The catalog groups its cues by their last character, so looking up the cue
before a figure tries only the cues that can end with the figure's last
preceding character instead of all of them. This reads the small regular
expression language the catalog's cues are written in: literals, escapes,
groups with alternatives, character classes, quantifiers and lookarounds.
Anything it cannot pin down counts as "any character", which is always safe.
"""

from __future__ import annotations

from dataclasses import dataclass

ANY = None  # a set of characters that cannot be listed


@dataclass(frozen=True)
class _Token:
    chars: frozenset[str] | None  # characters this token can consume first/last; ANY if unknown
    first: frozenset[str] | None
    nullable: bool  # can match the empty string


def _union(a: frozenset[str] | None, b: frozenset[str] | None) -> frozenset[str] | None:
    return ANY if a is ANY or b is ANY else a | b


class _Parser:
    def __init__(self, pattern: str) -> None:
        self.p = pattern
        self.i = 0

    def parse_alternation(self) -> _Token:
        branches = [self.parse_sequence()]
        while self.i < len(self.p) and self.p[self.i] == "|":
            self.i += 1
            branches.append(self.parse_sequence())
        last: frozenset[str] | None = frozenset()
        first: frozenset[str] | None = frozenset()
        for b in branches:
            last, first = _union(last, b.chars), _union(first, b.first)
        return _Token(last, first, any(b.nullable for b in branches))

    def parse_sequence(self) -> _Token:
        tokens: list[_Token] = []
        while self.i < len(self.p) and self.p[self.i] not in "|)":
            token = self.parse_atom()
            tokens.append(self.parse_quantifier(token))
        last: frozenset[str] | None = frozenset()
        for t in reversed(tokens):
            last = _union(last, t.chars)
            if not t.nullable:
                break
        first: frozenset[str] | None = frozenset()
        for t in tokens:
            first = _union(first, t.first)
            if not t.nullable:
                break
        return _Token(last, first, all(t.nullable for t in tokens))

    def parse_quantifier(self, token: _Token) -> _Token:
        p = self.p
        if self.i < len(p) and p[self.i] in "?*+":
            optional = p[self.i] in "?*"
            self.i += 1
            if self.i < len(p) and p[self.i] in "?+":
                self.i += 1  # lazy or possessive
            return _Token(token.chars, token.first, token.nullable or optional)
        if self.i < len(p) and p[self.i] == "{":
            close = p.index("}", self.i)
            low = p[self.i + 1 : close].split(",")[0].strip()
            self.i = close + 1
            if self.i < len(p) and p[self.i] in "?+":
                self.i += 1
            return _Token(token.chars, token.first, token.nullable or low in ("", "0"))
        return token

    def parse_atom(self) -> _Token:
        p = self.p
        ch = p[self.i]
        if ch == "(":
            return self.parse_group()
        if ch == "[":
            return self.parse_class()
        if ch == "\\":
            return self.parse_escape()
        self.i += 1
        if ch == ".":
            return _Token(ANY, ANY, False)
        if ch in "^$":
            return _Token(frozenset(), frozenset(), True)
        return _Token(frozenset(ch), frozenset(ch), False)

    def parse_group(self) -> _Token:
        p = self.p
        self.i += 1
        if p.startswith("?", self.i):
            kind = p[self.i + 1]
            if kind in "=!" or p.startswith("<=", self.i + 1) or p.startswith("<!", self.i + 1):
                self._skip_group()
                return _Token(frozenset(), frozenset(), True)  # a lookaround consumes nothing
            if kind == ":":
                self.i += 2
            elif kind in "rpiVf":  # inline flags such as (?r)
                close = p.index(")", self.i)
                self.i = close + 1
                return _Token(frozenset(), frozenset(), True)
            else:
                self._skip_group()
                return _Token(ANY, ANY, True)
        inner = self.parse_alternation()
        self.i += 1  # ')'
        return inner

    def _skip_group(self) -> None:
        depth = 1
        while depth:
            ch = self.p[self.i]
            if ch == "\\":
                self.i += 2
                continue
            depth += ch == "("
            depth -= ch == ")"
            self.i += 1

    def parse_class(self) -> _Token:
        p = self.p
        end = self.i + 1
        if p.startswith("^", end):
            end += 1
        if p.startswith("]", end):
            end += 1
        while p[end] != "]":
            end += 2 if p[end] == "\\" else 1
        body = p[self.i + 1 : end]
        self.i = end + 1
        if body.startswith("^") or "\\" in body or "-" in body.strip("-") or "&&" in body:
            return _Token(ANY, ANY, False)
        chars = frozenset(body)
        return _Token(chars, chars, False)

    def parse_escape(self) -> _Token:
        p = self.p
        nxt = p[self.i + 1]
        if nxt in "pP":
            close = p.index("}", self.i)
            self.i = close + 1
            return _Token(ANY, ANY, False)
        self.i += 2
        if nxt in "AZbBGz":
            return _Token(frozenset(), frozenset(), True)
        if nxt in "dDsSwW":
            return _Token(ANY, ANY, False)
        return _Token(frozenset(nxt), frozenset(nxt), False)


def edge_chars(pattern: str) -> tuple[frozenset[str] | None, frozenset[str] | None]:
    """(characters a match can end with, characters it can start with); None means any."""
    token = _Parser(pattern).parse_alternation()
    return token.chars, token.first
