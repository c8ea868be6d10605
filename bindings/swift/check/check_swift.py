#!/usr/bin/env python3
"""Syntax check for Swift sources on machines without a Swift toolchain.

Parses each file with the tree-sitter Swift grammar and fails on any ERROR or MISSING node,
printing where it is. This proves the generated and hand-written Swift is well formed; it does
not type-check it (only `swift build` on a machine with Swift does that).

Usage: check_swift.py [--self-test] FILE.swift...
"""

import re
import sys

import tree_sitter
import tree_sitter_swift

LANGUAGE = tree_sitter.Language(tree_sitter_swift.language())

# The grammar cannot parse a `#if` block that holds only attributes for the declaration after
# its `#endif` (valid Swift, and how uniffi guards `@_documentation`, which needs Swift 5.8).
# Such directive lines are blanked with spaces before parsing, so the attributes attach to the
# next declaration and are still checked, and every byte keeps its line and column.
ATTRIBUTE_ONLY_IF = re.compile(
    rb"^([ \t]*#if [^\n]*\n)((?:[ \t]*@[A-Za-z_][A-Za-z0-9_]*(?:\([^()\n]*\))?[ \t]*\n)+)([ \t]*#endif)[ \t]*$",
    re.MULTILINE,
)


# The grammar also reads a closure whose whole body is the empty tuple, `{ () }` (valid Swift:
# a closure returning Void, as uniffi writes `let writeReturn = { () }`), as the start of a
# parameter list. The `()` is replaced by the integer literal `00`, same length, before parsing.
VOID_CLOSURE = re.compile(rb"\{([ \t]*)\(\)([ \t]*)\}")


def rewrite_grammar_gaps(source: bytes):
    """Applies both rewrites; returns the source to parse and how many places were rewritten."""
    source, ifs = blank_attribute_only_ifs(source)
    source, closures = VOID_CLOSURE.subn(rb"{\g<1>00\g<2>}", source)
    return source, ifs + closures


def blank_attribute_only_ifs(source: bytes):
    """Returns `source` with attribute-only `#if` lines blanked, and how many blocks were."""

    def blank(m):
        directive, attributes, endif = m.group(1), m.group(2), m.group(3)
        return b" " * (len(directive) - 1) + b"\n" + attributes + b" " * len(endif)

    return ATTRIBUTE_ONLY_IF.subn(blank, source)


def problems(source: bytes):
    """Yields (line, column, kind, snippet) for every ERROR or MISSING node of `source`."""
    source, _ = rewrite_grammar_gaps(source)
    tree = tree_sitter.Parser(LANGUAGE).parse(source)
    if not tree.root_node.has_error:
        return
    stack = [tree.root_node]
    while stack:
        node = stack.pop()
        if node.is_missing:
            kind = f"MISSING {node.type}"
        elif node.is_error:
            kind = "ERROR"
        else:
            kind = None
        if kind:
            row, col = node.start_point
            snippet = source[node.start_byte : min(node.end_byte, node.start_byte + 60)]
            yield row + 1, col + 1, kind, snippet.decode("utf-8", "replace")
        if node.has_error:
            stack.extend(reversed(node.children))


def self_test():
    """The checker must accept good Swift and reject broken Swift, or it proves nothing."""
    good = b"import Foundation\nfunc f(x: Int) throws -> String { return \"\\(x)\" }\n"
    guarded = b"#if swift(>=5.8)\n    @_documentation(visibility: private)\n#endif\npublic func g() {}\n"
    void_closure = b"let writeReturn = { () }\nf(x: { () })\n"
    broken = [
        b"func f(x: Int -> String { return \"\" }\n",  # unclosed parameter list
        b"let x = [1, 2\n",  # unclosed array literal
        b"struct S { var a: Int\n",  # unclosed declaration
    ]
    assert not list(problems(good)), "the checker rejected valid Swift"
    assert not list(problems(guarded)), "the checker rejected an attribute-only #if block"
    assert list(problems(guarded.replace(b"func g()", b"func g("))), "missed an error after #if"
    assert not list(problems(void_closure)), "the checker rejected a closure returning ()"
    assert list(problems(void_closure + b"let y = { () \n")), "missed an unclosed closure"
    for src in broken:
        assert list(problems(src)), f"the checker accepted broken Swift: {src!r}"
    print(f"swift syntax checker self-test: 3 valid and {len(broken) + 2} broken snippets judged right")


def main(argv):
    args = argv[1:]
    if args and args[0] == "--self-test":
        self_test()
        args = args[1:]
    if not args:
        print("no Swift files given", file=sys.stderr)
        return 2
    failed = 0
    for path in args:
        with open(path, "rb") as f:
            source = f.read()
        found = list(problems(source))
        for line, col, kind, snippet in found:
            print(f"{path}:{line}:{col}: {kind}: {snippet!r}", file=sys.stderr)
        if found:
            failed += 1
        else:
            _, rewrites = rewrite_grammar_gaps(source)
            print(f"parsed {path} ({len(source)} bytes, {rewrites} grammar-gap rewrites): no syntax errors")
    print(f"swift syntax: {len(args) - failed} passed, {failed} failed")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
